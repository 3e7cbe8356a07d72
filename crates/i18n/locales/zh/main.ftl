# Convene 界面字符串：简体中文。本文件必须与英文参考文件的消息标识完全一致
# （由测试检查）。

## 网站框架
site-name = Convene
site-tagline = 互联网政策对话开放论坛
skip-to-content = 跳至正文
nav-label = 主导航
nav-home = 首页
nav-about = 关于论坛
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
