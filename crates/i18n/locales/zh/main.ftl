# Convene 界面字符串：简体中文。本文件必须与英文参考文件的消息标识完全一致
# （由测试检查）。

## 网站框架
site-name = Convene
site-tagline = 互联网政策对话开放论坛
skip-to-content = 跳至正文
nav-label = 主导航
nav-home = 首页
nav-about = 关于论坛
nav-signin = 登录
nav-register = 注册
nav-account = 您的账户
nav-audit = 审计日志
nav-signout = 退出登录
language-label = 语言
language-switcher-title = 以其他语言阅读本页
content-exists-in = 本内容有以下语言版本：{ $languages }
footer-mission = 本论坛不作出具有约束力的决定。论坛让所有利益攸关方群体齐聚一堂，并公布各方发言。
footer-powered = 本网站基于自由软件 Convene 运行。
# 语文名称，用于句子之中（“译成……”）。此处未列出名称的语文
# 将显示其代码。
language-name = { $code ->
    [en] 英语
    [ar] 阿拉伯语
    [de] 德语
    [es] 西班牙语
    [fr] 法语
    [it] 意大利语
    [ru] 俄语
    [zh] 中文
   *[other] { $code }
}

## 首页
home-title = 欢迎
home-intro = 各国政府、政府间机构、民间社会、技术界和学术界、工商界以及媒体在此平等相聚，共同讨论互联网治理问题。任何人均可参与；每一项发言均注明发言者所代表的利益攸关方群体和国家。
home-read-about = 了解论坛的任务授权
home-meetings = 年度会议
home-meetings-empty = 尚未宣布任何年度会议。
meeting-place = { $city }（{ $country }）
meeting-dates = { $start }至{ $end }
home-coalitions = 动态联盟
home-coalitions-intro = 大部分工作在会议间隙进行，由任何人均可加入的开放式联盟开展。
home-coalitions-empty = 尚未成立任何联盟。
coalition-members = { $count ->
   *[other] { $count }名成员
}
home-threads = 近期讨论
home-threads-empty = 目前尚无任何帖子。
thread-posts = { $count ->
   *[other] { $count }条帖子
}
thread-next-page = 下一页帖子

## 联盟页面
coalition-discussions = 讨论
coalition-members-heading = 成员
coalition-coordinator = 协调人

## 翻译提示
translation-untranslated = 本页面尚未译成{ $language }，因此您阅读的是{ $original }原文。
translation-untranslated-help = 欢迎协助翻译，让更多人能够以自己的语言阅读。
translation-translate-link = 翻译本页
translation-outdated = 本译文可能已过时：原文在翻译后已有改动。
translation-very-outdated = 本译文落后原文{ $behind }个修订版本，内容可能已与原文不符。
translation-read-original = 阅读原文（{ $original }）

## 利益攸关方群体
stakeholder-government = 政府
stakeholder-intergovernmental = 政府间组织
stakeholder-civil-society = 民间社会
stakeholder-technical-community = 技术界
stakeholder-academia = 学术界
stakeholder-private-sector = 私营部门
stakeholder-media = 媒体

## 联合国区域集团
region-african = 非洲国家集团
region-asia-pacific = 亚洲-太平洋国家集团
region-eastern-european = 东欧国家集团
region-latin-american-caribbean = 拉丁美洲和加勒比国家集团
region-western-european-others = 西欧和其他国家集团
region-intergovernmental = 政府间组织
region-other = 其他

## 人员
former-participant = 前参与者
profile-suspended = 此账户已被暂停。
profile-coalitions = 联盟
profile-no-coalitions = 尚未加入任何联盟。
profile-posts = 近期帖子
moderation-title = 版务管理
moderation-suspend = 暂停此账户
moderation-reinstate = 恢复此账户

## 表单
form-error-summary = 请更正以下内容
form-choose = 请选择……
form-error-required = 此项为必填项。
form-error-too-long = 内容过长。
form-error-email = 请输入电子邮件地址，例如 name@example.org。
form-error-choose = 请从选项中选择一项。
form-error-language = 请使用 sw、pt 或 fa 等语言代码，并以逗号分隔。
form-error-too-many = 请减少所选语言的数量。
form-error-password-short = 请至少使用 10 个字符。
form-error-password-email = 密码不得与您的电子邮件地址相同。
form-error-password-wrong = 密码不正确。
form-error-coc = 您须接受《行为守则》方可参与。
form-error-signin = 电子邮件地址或密码不正确，或该地址尚未确认：注册后请先打开我们发送给您的链接。
form-error-suspended = 此账户已被暂停，无法登录。
field-display_name = 姓名
field-email = 电子邮件地址
field-password = 密码
field-stakeholder_group = 利益攸关方群体
field-country = 国家
field-affiliation = 组织
field-gender = 性别（选填）
field-languages = 您能阅读的语言
field-languages_other = 其他语言（代码，如 sw、pt）
field-ui_lang = 界面语言
field-coc = 我接受《行为守则》
field-reason = 理由
hint-password = 至少 10 个字符。一个简短的句子既容易记住，又难以猜到。
hint-affiliation = 除非您代表政府发言，否则此项将与您发表的内容一同显示。
hint-gender = 请用您自己的话描述，也可留空。此项绝不会公开显示，仅用于匿名的多样性统计。
hint-delete-password = 请输入密码以确认。

## 注册和登录
register-title = 注册
register-intro = 任何人均可参与。您发表的所有内容都将与您的姓名、利益攸关方群体以及您所代表的国家或组织一同显示。
register-read-coc = （阅读全文）
register-submit = 创建我的账户
register-have-account = 已经注册？
signin-title = 登录
signin-submit = 登录
signin-forgot = 忘记密码？
signin-no-account = 初次访问？
signin-after-reset = 您的密码已更改。请使用新密码登录。
reset-title = 重置密码
reset-intro = 请输入您账户的电子邮件地址，我们将向您发送一个链接，供您设置新密码。
reset-submit = 向我发送链接
reset-sent-title = 请查收邮件
reset-sent-body = 如果有账户使用此地址，设置新密码的链接已经发出。该链接在一小时内有效。
reset-new-title = 设置新密码
reset-new-submit = 保存新密码
reset-expired-title = 此链接已失效
reset-expired-body = 重置链接只能使用一次，有效期为一小时。请重新申请链接。
reset-mail-subject = 您的密码重置链接
reset-mail-body = { $name }，您好：

    有人（可能是您本人）申请重置您账户的密码。如需设置新密码，请在一小时内打开以下链接：

    { $link }

    如果您并未提出此申请，可忽略本邮件；您的密码将保持不变。

## 账户
account-title = 您的账户
account-saved = 您的个人资料已保存。
account-save = 保存
account-your-data = 您的数据
account-export-intro = 以 JSON 文件形式下载论坛所持有的关于您的全部数据。
account-export = 下载我的数据
account-delete = 删除我的账户
account-email = 登记的电子邮件地址
delete-title = 删除您的账户
delete-explain = 您的姓名、电子邮件地址和个人资料将被清除，您也将被退出登录。您发表的内容将保留在公开记录中，并显示为由前参与者撰写。
delete-submit = 删除我的账户

## 审计日志
audit-title = 审计日志
audit-empty = 尚无任何记录。
audit-when = 时间
audit-who = 操作人
audit-action = 操作
audit-whom = 账户
audit-older = 较早的条目
audit-action-suspend = 暂停账户
audit-action-reinstate = 恢复账户
audit-action-set-role = 更改角色
audit-action-proposal = 会议决定
audit-target-session = 会议 { $id }

## 错误
error-not-found-title = 未找到页面
error-not-found-body = 此地址没有任何内容。页面可能已被移动，或链接可能有误。
error-bad-request-title = 无法识别请求
error-bad-request-body = 无法读取该请求。请返回后重试。
error-internal-title = 服务器端出现错误
error-internal-body = 该问题已被记录。请稍后重试。
error-unavailable-title = 暂时无法使用
error-unavailable-body = 论坛目前无法连接其数据库。请稍后重试。
error-go-home = 返回首页
error-forbidden-title = 不允许此操作
error-forbidden-body = 您的账户无权执行此操作。
error-csrf-title = 此表单已过期
error-csrf-body = 为保障您的安全，表单未能提交。请返回、重新加载页面后重试。
error-too-many-title = 尝试次数过多
error-too-many-body = 请等待几分钟后再试。
error-too-large-title = 请求过大
error-too-large-body = 所发送的内容超过本论坛可接受的大小（1 MB）。请缩短后重试。

## Roles
field-role = 角色
role-save = 更改角色
role-participant = 参与者
role-reviewer = 评审员（议程委员会）
role-moderator = 版主
role-secretariat = 秘书处

## 内容翻译
nav-translations = 翻译
translate-title = 将“{ $title }”译成{ $language }
translate-original = { $language }原文（第{ $revision }次修订）
translate-your-translation = 您的{ $language }译文
field-title = 标题
field-body = 正文（Markdown）
translate-submit = 提交此译文
translate-publish = 发布此译文
translate-proposed = 谢谢。您的译文已提交，获得批准后即会发布。
translate-published = 译文已发布。
translate-same-language = 此文本即以该语言撰写，因此无需翻译。
translate-pending = 待批准的译文
translate-approve = 批准并发布
translate-outdated-note = 已发布的译文依据的是原文的较早修订版本。请予以更新。
status-title = 翻译状况
status-intro = 论坛内容在每种语言中可供阅读的程度，以及尚待完成的工作。任何已注册者均可提出译文。
status-language = 语言
status-current = 最新
status-outdated = 已过时
status-missing = 未翻译
status-percent = { $percent }%为最新
status-needs-work = 待译成{ $language }的内容
status-all-done = 所有内容均已翻译且为最新。
translator-trust = 设为受信任译者
translator-untrust = 取消受信任译者资格
translator-badge = 受信任译者
audit-action-trust-translator = 设为受信任译者
audit-action-untrust-translator = 取消受信任译者资格
edit-original-link = 编辑原文
edit-original-title = 编辑“{ $title }”
edit-original-explain = 您正在修改原文。在译者更新之前，其所有译文都将被标记为过时。
edit-original-save = 保存新修订版

## 联盟状态和成员资格
standing-forming = 状态：筹建中
standing-active = 状态：活跃
standing-inactive = 状态：不活跃
standing-needs-groups = 成员来自{ $value }个利益攸关方群体；须至少来自三个群体方可获得认可。
standing-needs-action-plan = 尚无行动计划。
standing-needs-contact = 尚未指定联络人。
standing-criteria-met = 已符合认可标准：成员来自至少三个利益攸关方群体，并有行动计划和联络人。
standing-output = 最近一份年度报告或文件：{ $value }年。
standing-first-report-due = 新成立的联盟：首份年度报告或文件应于{ $value }年提交。
standing-no-recent-output = 自{ $value }年以来未发布任何年度报告或文件。连续两年未发布年度报告或文件的联盟将被列为不活跃。
standing-never-reported = 尚未发布任何年度报告或文件。连续两年未发布年度报告或文件的联盟将被列为不活跃。
standing-recognized = 已于{ $date }获秘书处认可。
standing-not-recognized = 尚未获秘书处认可。
coalition-action-plan = 行动计划
coalition-join = 加入此联盟
coalition-leave = 退出此联盟
coalition-signin-to-join = 登录后即可加入此联盟
coalition-you-are-member = 您是此联盟的成员。
coalition-start-thread = 发起讨论

## 讨论
thread-new-title = 发起讨论
thread-create = 发起此讨论
thread-reply-title = 回复
thread-reply-submit = 发表回复
thread-reply-link = 回复
thread-quote-link = 引用
thread-in-reply = 回复此前的一条帖子
thread-signin-to-reply = 登录后即可参与此讨论
field-post = 帖子内容
field-lang = 您撰写时使用的语言
hint-markdown = 您可以使用 Markdown：*强调*、**粗体**、链接、列表，以及用 > 表示引用。

## 联盟名录和提议
nav-coalitions = 联盟
coalitions-title = 动态联盟
coalitions-intro = 所有联盟及其状态和原因。任何人均可提议成立联盟；联盟一旦拥有来自至少三个利益攸关方群体的成员、一份行动计划和一名联络人，即可获得秘书处认可。
coalitions-propose = 提议成立联盟
coalition-propose-title = 提议成立联盟
coalition-propose-intro = 请说明为何需要成立该联盟及其工作计划。您将成为该联盟的协调人和联络人；其他人只需点击一下即可加入。
field-name = 名称
field-mission = 为何需要该联盟
field-action_plan = 行动计划
coalition-propose-submit = 提议成立此联盟
coalition-recognize = 认可此联盟
coalition-make-coordinator = 指定为共同协调人
error-conflict-title = 暂时无法进行
error-conflict-body = 此操作尚不符合论坛规则。您先前所在的页面已说明尚缺哪些内容。

## 利益攸关方均衡
balance-members-title = 成员构成
balance-posts-title = 本讨论的发言者
balance-by-group = 按利益攸关方群体
balance-by-region = 按区域组

## 政策议题和任务授权
nav-topics = 议题
topics-title = 政策议题
topics-intro = 论坛年复一年持续关注的问题。每个议题汇集相关的联盟和讨论，使该领域的任何政策都不会令人措手不及。
topics-label = 议题：
field-topics = 政策议题
topic-mandate = 本议题服务于任务授权的哪些方面
mandate-1 = 与互联网关键要素相关的公共政策
mandate-2 = 涉及多个国际机构的跨领域问题
mandate-3 = 与政府间组织的沟通
mandate-4 = 信息和最佳做法的交流
mandate-5 = 发展中国家互联网的可获得性和可负担性
mandate-6 = 利益攸关方的参与，特别是来自发展中国家的利益攸关方
mandate-7 = 发现新出现的问题并提出建议
mandate-8 = 发展中国家的能力建设
mandate-9 = 信息社会世界首脑会议原则的落实
mandate-10 = 关键互联网资源
mandate-11 = 影响日常用户的互联网使用和滥用问题
mandate-12 = 公布会议记录

## 联盟成果和不同意见
outputs-title = 成果文件
outputs-none = 尚未发布任何内容。
output-kind-yearly-report = 年度报告
output-kind-thematic-paper = 专题文件
output-kind-statement = 声明
output-publish-title = 发布成果文件
field-kind = 文件类型
field-year = 年份
output-publish-submit = 发布
output-versions = 版本
output-version = 第{ $value }版（{ $date }）
output-old-version = 您正在阅读第{ $value }版，该版本并非现行版本。
output-read-current = 阅读现行版本
dissents-title = 不同意见
dissents-intro = 不同意本文件的成员在此署名陈述其意见。不同意见始终与文件一同显示。
dissents-none = 尚无成员提出不同意见。
field-dissent = 您的不同意见
dissent-submit = 署名并添加我的不同意见
dissent-members-only = 联盟成员可添加不同意见。

## 版务管理
nav-moderation = 版务管理
flag-post = 举报此帖子
flag-submit = 提交给版主
flag-thanks = 谢谢。版主将查看您举报的帖子。
post-hidden = 此帖子已被版主隐藏。理由：
post-held = 等待审核：只有您和版主可以看到此帖子。
post-held-notice = 谢谢。您的帖子经版主审核后即会显示；此规定适用于新账户发表的最初几条帖子。
moderation-hide-post = 隐藏此帖子
moderation-restore-post = 恢复此帖子
moderation-release = 发布此帖子
moderation-queue-title = 审核队列
moderation-flags = 被举报的帖子
moderation-held = 等待审核的帖子
moderation-nothing = 目前没有待处理的内容。
moderation-dismiss = 驳回举报
posting-rights-title = 发帖权限
posting-rights-removed = 此账户仍可阅读内容并保留成员资格，但不能发帖。
posting-rights-remove = 取消发帖权限
posting-rights-restore = 恢复发帖权限
settings-title = 网站设置
settings-hold-first-posts = 新账户发表的最初几条帖子须经版主审核后方可显示
audit-action-hide-post = 隐藏帖子
audit-action-restore-post = 恢复帖子
audit-action-release-post = 审核后发布帖子
audit-action-block-posting = 取消发帖权限
audit-action-unblock-posting = 恢复发帖权限

## 编辑帖子和关注
nav-following = 关注的讨论
post-edit = 编辑
post-edited = 已编辑：查看早期版本
post-edit-title = 编辑您的帖子
post-edit-explain = 早期版本仍可供所有人阅读，因此讨论记录绝不会被改写。
post-history-title = 此帖子的早期版本
post-history-current = 返回当前版本
follow = 关注
unfollow = 取消关注
following-title = 您关注的内容
following-intro = 您关注的讨论，以及您所关注联盟的全部讨论，按最近活跃时间由近及远排列。
following-none = 您尚未关注任何联盟或讨论。请使用联盟或讨论页面上的“关注”按钮。

# notifications
nav-notifications = 通知
nav-notifications-unread = { $count ->
   *[other] 通知（{ $count }条新通知）
}
notifications-title = 通知
notifications-mark-read = 全部标为已读
notifications-none = 您没有任何通知。关注一个联盟或一场讨论，即可在有新帖子时收到通知。
notifications-older = 更早的通知
notification-unread = 新
notification-new-post = { $author }在“{ $title }”中发表了回复
notification-new-output = 新成果：“{ $title }”
notification-new-thread = { $author }发起了新讨论：“{ $title }”
notification-posting-removed = { $count ->
   *[other] 由于您被举报的帖子中有{ $count }条在{ $days }天内被版主隐藏，您的发帖权限已被取消。您仍是所在联盟的成员，仍可阅读和关注讨论。
}
field-abuse-threshold = 举报经确认达到此次数后自动取消发帖权限
settings-abuse-threshold-hint = 统计某位作者在过去90天内被举报并被版主隐藏的帖子数；设为0即关闭此规则。成员资格永远不会因此被取消。
form-error-threshold = 请输入0到100之间的整数。
audit-action-auto-block-posting = 因多次违规自动取消发帖权限

# meetings
nav-meetings = 会议
nav-agenda = 我的日程
nav-reviews = 评审
meetings-title = 年度会议
meetings-intro = 论坛每年举行一次会议，每年在不同的东道国举办。每届会议都有各自的主题、分会提案征集和会议议程。
meetings-hosts = 历年东道国
meeting-label = 年度会议
meeting-theme = 主题
meeting-new = 新建年度会议
meeting-create = 创建会议
meeting-tracks = 专题板块
meeting-call = 分会提案征集
meeting-call-open = 征集时间为{ $opens }至{ $closes }，目前正在进行。
meeting-call-closed = 征集时间为{ $opens }至{ $closes }，目前未开放。
meeting-call-none = 尚未设置分会提案征集。
meeting-my-proposals = 您的提案
meeting-programme = 会议议程
meeting-sessions-count = { $count ->
   *[other] 已接受{ $count }场分会
}
meeting-secretariat = 秘书处专用
meeting-settings = 设置
back-to-meeting = 返回会议
field-host_country = 东道国
field-city = 城市
field-starts_on = 第一天
field-ends_on = 最后一天
field-time_zone = 会场所在时区
field-call_opens_on = 征集开始日期
field-call_closes_on = 征集截止日期
field-proposal_limit = 每人提案数上限
field-word_limit = 说明字数上限
field-track-name = 专题板块名称
field-room-name = 会议室名称
field-capacity = 座位数
hint-theme = 总体主题；主题说明请填写在下方。
hint-time-zone = IANA 时区名称，例如 Africa/Nairobi 或 Europe/Oslo。分会时间均为会场当地时间。
hint-proposal-limit = 每人以组织者身份可提交的提案数量；0 表示不限。
track-add = 添加专题板块
room-add = 添加会议室
room-capacity = { $count ->
   *[other] { $count }个座位
}
form-save = 保存
form-error-number = 请输入允许范围内的整数。
form-error-date = 请按“年-月-日”格式输入日期。
form-error-date-order = 此日期早于其前一日期，请更正。
form-error-time-zone = 无法识别此时区。请使用 Africa/Nairobi 这类名称。
form-error-year-taken = 该年度的会议已存在。
form-error-participation = 请填写现场或线上参与的人数。
proposal-new = 提议举办分会
proposal-new-intro = 在您提交之前，提案始终是一份非公开草稿，只有您和您添加的共同组织者可以看到。草稿页面会显示尚未满足的标准。
proposal-save = 保存提案
proposal-edit = 编辑提案
proposal-submit = 提交提案
proposal-organisers = 组织者
proposal-speakers = 发言人和主持人
proposal-no-speakers = 尚无发言人。
proposal-status-draft = 草稿
proposal-status-submitted = 已提交
proposal-status-in-review = 评审中
proposal-status-accepted = 已接受
proposal-status-declined = 未接受
proposal-status-merge-requested = 已请求合并
proposal-status-merged = 已并入另一提案
field-description = 说明
field-policy_questions = 政策问题
field-session_type = 分会类型
field-format = 形式
field-duration = 时长
field-mode = 现场或线上
field-session_lang = 分会语言
field-track = 专题板块
field-coalitions = 相关联盟
field-organisation = 组织
field-group = 利益攸关方群体
field-organiser_email = 共同组织者的电子邮件地址
hint-word-limit = { $count ->
   *[other] 最多{ $count }字。
}
hint-policy-questions = 分会将讨论的问题，每行一个。
duration-minutes = { $count ->
   *[other] { $count }分钟
}
session-type-workshop = 研讨会
session-type-main = 主要会议
session-type-open-forum = 公开论坛
session-type-coalition = 动态联盟分会
session-type-best-practice = 最佳做法论坛分会
session-type-nri = 国家和区域倡议分会
session-type-networking = 交流分会
session-type-lightning = 闪电演讲
session-type-launch = 发布或颁奖活动
session-type-town-hall = 公开交流会
session-type-day-zero = 第0天活动
session-format-panel = 小组讨论
session-format-break-out = 分组讨论
session-format-debate = 辩论
session-format-roundtable = 圆桌会议
session-format-birds-of-a-feather = 同好交流会
session-format-flash = 快闪分会
session-mode-hybrid = 混合：现场和线上
session-mode-onsite = 现场
session-mode-online = 仅限线上
gender-woman = 女性
gender-man = 男性
gender-non-binary = 非二元性别
gender-undisclosed = 不愿透露
speaker-role-moderator = 主持人
speaker-role-speaker = 发言人
speaker-onsite = 现场
speaker-online = 线上
speaker-add = 添加发言人
speaker-add-intro = 发言人可以是本论坛的参与者，也可以是受邀人士。询问性别仅为核查多样性标准；该信息仅向组织者显示，绝不公开。
speaker-remove = 移除
organiser-add = 添加共同组织者
criteria-title = 最低标准
criteria-intro = 提案须满足以下标准方可提交：
criteria-all-met = 所有最低标准均已满足，可以提交提案。
criterion-call-closed = 提案征集今日未开放。
criterion-incomplete = 所有字段均须填写：标题、说明、政策问题、分会类型、形式、时长，以及现场还是线上举行。
criterion-too-long = 说明共{ $words }字，最多允许{ $limit }字。
criterion-speakers = { $count ->
   *[other] 至少需要3名发言人，目前有{ $count }名。
}
criterion-gender = 至少须有一名发言人的性别与其他发言人不同。
criterion-groups = 发言人须来自不止一个利益攸关方群体。
criterion-onsite = 混合或现场分会须有主持人和至少两名发言人在现场。
criterion-missing-report = { $name }尚未提交此前一场分会的报告。
criterion-reviewer = { $name }负责评审提案，不得提交提案。
criterion-limit = { $name }组织的已提交提案已有{ $limit }份，已达上限。
merge-title = 合并请求
merge-intro = 秘书处请求将本提案并入一份类似提案。同意后，您的组织者和发言人将转入该提案：
merge-agree = 同意并合并
session-when = 时间
session-room = 会议室
session-online = 线上会议室
interest-add = 加入我的日程
interest-remove = 从我的日程中移除
interest-count = { $count ->
   *[other] { $count }人感兴趣
}
review-title = 评审
review-assigned = 已指派的评审员
review-none-assigned = 尚未指派评审员。
field-reviewer_email = 评审员的电子邮件地址
review-assign = 指派评审员
review-scores = 评分
review-reviewer = 评审员
review-relevance = 相关性
review-content = 内容
review-diversity = 多样性
review-format = 形式
review-relevance-hint = 分会与会议主题及其政策问题的契合程度。
review-content-hint = 提案的清晰程度、充实程度和准备的充分程度。
review-diversity-hint = 发言人和组织者的多样性：性别、区域、利益攸关方群体、年龄和政策观点。
review-format-hint = 形式是否符合分会目标，是否适合现场和线上参与者。
review-total = 总分
review-comments = 评语
review-decide = 作出决定
field-outcome = 结果
field-merge_with = 与以下编号的提案合并
review-yours = 您的评审
review-save = 保存您的评审
review-dashboard = 提案与评审
review-no-track = 无专题板块
review-proposal-count = { $count ->
   *[other] 已提交{ $count }份提案
}
review-status = 状态
review-mean = 平均分
review-spread = 分差
review-count = 评审数
review-marks = 标记
review-mark-first-time = 首次提案者
review-mark-developing = 来自发展中国家
review-queue = 待评审提案
review-queue-empty = 目前没有指派给您的提案。
review-done = 已评审
review-to-do = 待评审
agenda-title = 日程
agenda-ics = 日历格式的日程（iCalendar）
agenda-ics-one = 添加到日历（iCalendar）
agenda-frab-json = 供会议应用使用的日程（JSON）
agenda-frab-xml = 供会议应用使用的日程（XML）
agenda-times-in = 时间均为会场当地时间（{ $zone }）
agenda-filter = 筛选日程
agenda-any = 全部
agenda-day = 日期
agenda-speaker-group = 发言人的利益攸关方群体
agenda-apply = 显示
agenda-clear = 清除筛选条件
agenda-shown = { $count ->
   *[other] { $count }场分会
}
agenda-unscheduled = 尚未排期
agenda-as-timetable = 查看时间表：各会议室并列，每次一天
timetable-as-list = 以列表查看议程
timetable-title = 时间表
timetable-time = 时间
timetable-no-room = 会议室待定
timetable-hint = 会议室横向排列，时间纵向排列。在小屏幕上可左右滑动，时间列始终可见。
timetable-region = { $day }的时间表
timetable-empty = 这一天没有符合筛选条件的会议。
timetable-elsewhere = { $count ->
   *[other] 有 { $count } 场会议不在时间表中（尚无时间或会议室）：请查看列表。
}
agenda-personal = 我的日程
agenda-personal-intro = 您加入日程的分会，按时间顺序排列。
agenda-personal-empty = 您的日程为空。请在分会页面上使用“加入我的日程”。
agenda-feed = 日历订阅
agenda-feed-intro = 在您的日历应用中订阅此私人地址，即可在其中同步您的日程。任何知道此地址的人都可以查看您的日程。
schedule-title = 日程安排
schedule-rooms = 会议室
schedule-no-rooms = 尚无会议室：请在会议设置中添加。
schedule-clashes = 被安排参加时间重叠分会的人员
schedule-no-clashes = 没有人被同时安排参加两场分会。
schedule-clash = { $person }同时被安排参加“{ $first }”和“{ $second }”。
schedule-room-taken = { $room }在该时段已被“{ $other }”占用。未作任何更改。
schedule-sessions = 已接受的分会
schedule-place = 会议室和时间
schedule-save = 安排
report-title = 分会报告
report-none = 尚未提交报告。
report-file = 提交或更新报告
report-back = 返回分会
report-intro = 请在分会结束后尽快提交载有关键信息的简要报告，并在分会结束后两周内提交完整报告。从不提交报告的组织者不得在下一届会议上提交提案。
report-short-only = 仅提交了简要报告，完整报告尚待提交。
report-participation = 参与情况
report-transcript = 文字记录
report-transcript-notice = 发布文字记录和实时字幕是为了帮助大家跟进会议内容，并非分会的正式记录。
report-save-short = 保存为简要报告
report-save-full = 保存为完整报告
field-key_messages = 关键信息
field-key_issues = 提出的主要问题
field-presentations = 各项发言摘要
field-discussion = 讨论
field-takeaways = 要点和下一步工作
field-onsite_count = 现场人数
field-online_count = 线上人数
hint-key_messages = 分会希望论坛听到的信息，最多三条。
hint-key_issues = 分会提出的政策问题。
hint-presentations = 每位发言人发言内容的简要摘要。
hint-discussion = 现场和线上参与者在讨论中提出的内容。
hint-takeaways = 达成的共识、仍待解决的问题以及下一步工作。
reports-title = 报告
reports-state = 报告
reports-late-count = { $count ->
   *[other] { $count }份报告已逾期。
}
reports-remind = 立即发送到期提醒
report-state-not-due = 分会尚未结束
report-state-short-due = 简要报告待提交
report-state-short-late = 简要报告已逾期
report-state-full-due = 完整报告待提交
report-state-full-late = 完整报告已逾期
report-state-complete = 已完成
notification-proposal-accepted = 您的分会提案“{ $title }”已获接受。
notification-proposal-declined = 您的分会提案“{ $title }”今年未获接受。
notification-proposal-merge = 秘书处请求将您的提案“{ $title }”与“{ $other }”合并。
notification-report-reminder-short = “{ $title }”的简要报告应于{ $due }前提交。
notification-report-reminder-full = “{ $title }”的完整报告应于{ $due }前提交。
mail-proposal-accepted-subject = 您的分会提案已获接受
mail-proposal-accepted-body = { $name }，您好：

    您的分会提案“{ $title }”已获接受。秘书处将把它排入会议议程；排定后，其页面将显示会议室和时间：
    { $link }
mail-proposal-declined-subject = 关于您的分会提案
mail-proposal-declined-body = { $name }，您好：

    您的分会提案“{ $title }”今年未获接受。感谢您的提议；您仍可访问其页面：
    { $link }
mail-proposal-merge-subject = 您的分会提案：合并请求
mail-proposal-merge-body = { $name }，您好：

    秘书处请求将您的提案“{ $title }”并入类似提案“{ $other }”。您可以在其页面上表示同意：
    { $link }
mail-report-reminder-short-subject = 简要报告待提交
mail-report-reminder-short-body = { $name }，您好：

    您的分会“{ $title }”的简要报告（含关键信息）应于{ $due }前提交。您可以在此提交：
    { $link }
mail-report-reminder-full-subject = 完整报告待提交
mail-report-reminder-full-body = { $name }，您好：

    您的分会“{ $title }”的完整报告应于{ $due }前提交。您可以在此提交：
    { $link }
topic-sessions = 年度会议的分会
topic-sessions-none = 尚无年度会议分会涉及这一主题。
speaker-role-rapporteur = 报告员
home-coalitions-all = 所有联盟

## trust: moderation
moderation-held-coalitions = 等待审核的联盟
moderation-held-dissents = 等待审核的异议
coalition-hidden-title = 联盟已隐藏
coalition-hidden-notice = 版主隐藏了此联盟。
coalition-held-notice = 此联盟需经版主审核后才会列出。
moderation-hide-coalition = 隐藏此联盟
moderation-restore-coalition = 恢复此联盟
moderation-hide-dissent = 隐藏此异议
moderation-restore-dissent = 恢复此异议
dissent-held-notice = 此异议需经版主审核后其他人才能看到。
dissent-hidden-notice = 此异议已被版主隐藏。
audit-action-hide-coalition = 联盟已隐藏
audit-action-restore-coalition = 联盟已恢复
audit-action-release-coalition = 联盟经审核后发布
audit-action-hide-dissent = 异议已隐藏
audit-action-restore-dissent = 异议已恢复
audit-action-release-dissent = 异议经审核后发布
audit-action-auto-block-coalition-posting = 因屡次滥用，在一个联盟中的发帖权限被自动取消
notification-coalition-posting-removed = { $count ->
    [one] 由于某联盟的协调人在 { $days } 天内隐藏了你在该联盟被举报的一条帖子，你在该联盟讨论中的发帖权限已被取消。你仍可在其他地方发帖，并保留成员身份。
   *[other] 由于某联盟的协调人在 { $days } 天内隐藏了你在该联盟被举报的 { $count } 条帖子，你在该联盟讨论中的发帖权限已被取消。你仍可在其他地方发帖，并保留成员身份。
}

## trust: accounts
form-error-control-chars = 请删除此字段中的不可见控制字符，例如文字方向标记。
signin-check-mail = 我们已向该地址发送了一封邮件。要完成注册，请打开其中的链接；如果您已有账户，请在此登录或设置新密码。
confirm-mail-subject = 确认您的地址以完成注册
confirm-mail-body = { $name }，您好：

    要完成账户创建，请打开此链接并确认该地址属于您：

    { $link }

    该链接两天内有效。如果您没有注册，请忽略此邮件：未经确认不会创建账户。
confirm-title = 确认您的地址
confirm-intro = 这将确认该地址属于您，并登录您的新账户。
confirm-submit = 确认并登录
confirm-expired-title = 此链接已失效
confirm-expired-body = 确认链接只能使用一次，有效期为两天。请使用同一地址重新注册以获取新链接。
register-taken-mail-subject = 有人试图用您的地址注册
register-taken-mail-body = { $name }，您好：

    有人（也许是您）试图用这个电子邮件地址创建新账户，但该地址已有账户。没有创建新账户。

    如果您忘记了密码，可以在这里设置新密码：

    { $link }

    如果不是您本人，请忽略此邮件。
suspended-title = 您的账户已被暂停
suspended-own-data = 您已不能参与讨论，但仍可下载论坛保存的关于您的全部数据，或删除您的账户。请输入密码进行操作。

## trust: invitations
notification-invited-speaker = { $who } 邀请您在分会提案“{ $title }”中发言。
notification-invited-organiser = { $who } 邀请您共同组织分会提案“{ $title }”。
invitations-title = 待回复的邀请
invitations-intro = 在您接受之前，提案上不会出现您的任何信息。作为发言人，组织者留空的内容将由您的公开资料补充；作为共同组织者，该提案将计入您的提案上限，您也可以编辑它。
invitation-to-speaker = 在“{ $title }”中发言
invitation-to-organiser = 共同组织“{ $title }”
invitation-accept = 接受
invitation-decline = 拒绝
invitations-sent = 邀请
invitations-sent-intro = 通过电子邮件地址指定的人是受邀而非直接加入：只有在他们接受后，才会出现在提案上并计入各项标准。
invitation-kind-speaker = 发言人
invitation-kind-organiser = 共同组织者
invitation-pending = 等待回复
invitation-declined = 已拒绝
invitation-withdraw = 撤回
hint-speaker-invite = 填写电子邮件地址即为邀请该发言人：拥有该地址的参与者接受后才会出现，留空的字段届时将取自其公开资料。

# Atom feeds
feed-link = Atom 订阅源
feed-site-title = 新讨论
feed-dissent-title = { $author } 的异议
feed-post-title = { $author } 在“{ $thread }”中
account-feed-title = 您的通知私人订阅源
account-feed-intro = 在订阅阅读器中阅读您的通知。该地址是保密的：任何拥有它的人都能读到您的通知；如果泄露，请生成新地址（旧地址随即失效）或将其撤销。
account-feed-make = 生成新地址
account-feed-revoke = 撤销地址
account-feed-made = 以下是您的私人订阅源地址。它只显示这一次：请复制到您的订阅阅读器中，不要告诉他人。
account-feed-revoked = 私人订阅源地址已失效。

# Watching coalitions and topics
watch-label = 关注：
watch-everything = 全部
watch-new-only = 仅新讨论和成果
watch-off = 不关注
watch-save = 保存
site-description = 一个开放的多语言论坛，供政府、民间社会、技术界和学术界、企业和媒体就互联网政策开展对话。
following-watched = 您关注的内容
following-discussions = 讨论

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = 邮件：
watch-mail-none = 不发邮件
watch-mail-now = 每条帖子
watch-mail-daily = 每日摘要
watch-mail-weekly = 每周摘要
mail-author = { $name }（{ $group }，{ $country }）
mail-from-name = { $author }（经由 { $forum }）
mail-post-intro = { $author } 在“{ $title }”中写道：
mail-thread-intro = { $author } 发起了新讨论“{ $title }”：
mail-read-online = 在论坛上阅读
mail-reply-hint = 回复此邮件即可在讨论中作答：您的回复将以您的名义、按论坛规则发布。
mail-why = 您收到此邮件，是因为您关注了此讨论、其联盟或其某个议题。
mail-unsubscribe = 不再接收这些邮件
mail-digest-subject-daily = 您的每日摘要：{ $count } 条新帖子
mail-digest-subject-weekly = 您的每周摘要：{ $count } 条新帖子
mail-digest-intro = 自上次摘要以来，您关注的内容中有这些新帖子：
mail-digest-unsubscribe = 不再接收这些摘要
mail-bounce-subject = 您的邮件未能发布
mail-bounce-intro = 您的邮件“{ $subject }”未能在论坛上发布。
mail-bounce-footer = 没有发布任何内容。您可以在论坛上作答：{ $url }
mail-bounce-off = 本论坛不接受邮件回复。
mail-bounce-no-address = 它没有发送到某个讨论的回复地址。请用邮件程序的“回复”功能回复论坛发给您的邮件。
mail-bounce-forged = 该回复地址不是本论坛生成的，或已被改动。
mail-bounce-wrong-sender = 它并非来自该回复地址所对应的邮箱。请从论坛给您写信的邮箱回复。
mail-bounce-account = 该回复地址所对应的账户已关闭或被暂停。
mail-bounce-empty = 去掉引用的邮件和签名后，已没有可发布的内容。
mail-bounce-too-long = 它超出了帖子的长度上限。
mail-bounce-forbidden = 您不能在此讨论中发帖：您在此处的发帖权限已被取消。
mail-bounce-not-found = 该讨论已不存在，或无法阅读。
unsubscribe-title = 退订邮件
unsubscribe-confirm = 不再接收此项关注的邮件？您在论坛上仍会继续关注。
unsubscribe-confirm-daily = 不再接收每日摘要？您在论坛上仍会继续关注所有内容。
unsubscribe-confirm-weekly = 不再接收每周摘要？您在论坛上仍会继续关注所有内容。
unsubscribe-button = 不再接收这些邮件
unsubscribe-done = 已完成：您将不再收到这些邮件。您可以在关注页面重新选择。
unsubscribe-invalid = 此退订链接无效。请从邮件中复制完整地址，或在关注页面更改邮件设置。
