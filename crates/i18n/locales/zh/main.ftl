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
form-error-email-taken = 已有账户使用此电子邮件地址。
form-error-choose = 请从选项中选择一项。
form-error-language = 请使用 sw、pt 或 fa 等语言代码，并以逗号分隔。
form-error-too-many = 请减少所选语言的数量。
form-error-password-short = 请至少使用 10 个字符。
form-error-password-email = 密码不得与您的电子邮件地址相同。
form-error-password-wrong = 密码不正确。
form-error-coc = 您须接受《行为守则》方可参与。
form-error-signin = 电子邮件地址或密码不正确。
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
notification-new-thread = { $author }发起了新讨论：“{ $title }”
notification-posting-removed = { $count ->
   *[other] 由于您被举报的帖子中有{ $count }条在{ $days }天内被版主隐藏，您的发帖权限已被取消。您仍是所在联盟的成员，仍可阅读和关注讨论。
}
field-abuse-threshold = 举报经确认达到此次数后自动取消发帖权限
settings-abuse-threshold-hint = 统计某位作者在过去90天内被举报并被版主隐藏的帖子数；设为0即关闭此规则。成员资格永远不会因此被取消。
form-error-threshold = 请输入0到100之间的整数。
audit-action-auto-block-posting = 因多次违规自动取消发帖权限
