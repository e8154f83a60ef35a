//! What the people in the large session say: names, departments, and phrases
//! combined into statements, notes, actions and questions, in Chinese and English
//! as a mixed room writes them.

use yeji::session::Side;
use yeji::session::strategy::Quadrant;

/// Thirty people across the five sides: most from the business, then technology.
pub const PEOPLE: [(&str, &str, Side); 30] = [
    ("张伟", "客户服务部", Side::Business),
    ("李娜", "信息技术部", Side::Technology),
    ("王芳", "运营管理部", Side::Business),
    ("刘洋", "规划发展部", Side::Planning),
    ("陈静", "数据管理部", Side::Data),
    ("杨磊", "信息技术部", Side::Technology),
    ("赵敏", "中心领导", Side::Management),
    ("黄强", "质量管理部", Side::Business),
    ("周婷", "系统运维组", Side::Technology),
    ("吴昊", "培训中心", Side::Business),
    ("Chen Jie", "Data office", Side::Data),
    ("孙丽", "客户体验部", Side::Business),
    ("马超", "分中心（南区）", Side::Business),
    ("朱琳", "架构管理处", Side::Technology),
    ("胡斌", "规划发展部", Side::Planning),
    ("郭敏", "中心领导", Side::Management),
    ("何静", "数据分析组", Side::Data),
    ("高峰", "分中心（北区）", Side::Business),
    ("林晓", "应用开发组", Side::Technology),
    ("罗军", "人力资源部", Side::Management),
    ("Emily Zhou", "Customer experience", Side::Business),
    ("梁宇", "网络安全组", Side::Technology),
    ("宋佳", "财务预算处", Side::Planning),
    ("郑凯", "数据治理办", Side::Data),
    ("谢娟", "投诉处理中心", Side::Business),
    ("韩冰", "外包管理组", Side::Business),
    ("唐亮", "党委办公室", Side::Management),
    ("David Liu", "IT vendor office", Side::Technology),
    ("冯雪", "战略规划处", Side::Planning),
    ("曹阳", "中心领导", Side::Management),
];

/// The roles this room added to the eight the method names.
pub const MORE_ROLES: [(&str, &str); 8] = [
    ("数据治理委员会", "Data governance board"),
    ("客户体验官", "Customer experience officer"),
    ("运营分析师", "Operations analyst"),
    ("质量经理", "Quality manager"),
    ("培训主管", "Training lead"),
    ("外包供应商经理", "Vendor manager"),
    ("安全合规官", "Security and compliance officer"),
    ("分中心主任", "Branch centre head"),
];

pub const INDICATORS: [(&str, &str); 24] = [
    ("一次解决率", "%"),
    ("需求交付周期", "天"),
    ("Share of staff using self-service analytics", "%"),
    ("重复来电率", "%"),
    ("平均处理时长", "秒"),
    ("客户满意度", "分"),
    ("Requirements reviewed jointly", "%"),
    ("工单一次派准率", "%"),
    ("智能质检覆盖率", "%"),
    ("知识库命中率", "%"),
    ("Incidents caused by releases", "per quarter"),
    ("投诉升级率", "‰"),
    ("在线渠道分流率", "%"),
    ("数据口径统一的指标数", "个"),
    ("坐席流失率", "%"),
    ("培训完成率", "%"),
    ("Backlog items older than 90 days", "items"),
    ("联合团队覆盖的举措数", "个"),
    ("系统可用率", "%"),
    ("IVR 转人工率", "%"),
    ("业技复合型人才数", "人"),
    ("Time from idea to pilot", "weeks"),
    ("分中心指标达标率", "%"),
    ("主动服务触达率", "%"),
];

const TOPICS: [&str; 24] = [
    "智能质检",
    "统一工单系统",
    "knowledge base",
    "坐席辅助",
    "客户画像",
    "数据中台",
    "IVR 导航",
    "在线客服",
    "投诉预警",
    "排班系统",
    "smart routing",
    "停电主动告知",
    "电费账单解读",
    "工单回访",
    "self-service analytics",
    "语音转写",
    "客户旅程",
    "分中心协同",
    "需求管理",
    "release planning",
    "质检规则库",
    "话务预测",
    "客户情绪识别",
    "data dictionary",
];

const TEAMS: [&str; 8] = [
    "二班组",
    "南区分中心",
    "投诉处理中心",
    "the night shift",
    "新员工班",
    "北区分中心",
    "VIP 专席",
    "the online team",
];

/// The opening of a statement, by quadrant (facts, process, people, purpose), in
/// English or Chinese.
fn opening(quadrant: Quadrant, turn: usize, english: bool) -> String {
    let n = 60 + turn % 35;
    match (quadrant, english, turn % 2) {
        (Quadrant::A, false, 0) => format!("一次解决率从 {n}% 提升到 {}%，", n + 5),
        (Quadrant::A, false, _) => format!("每月 {n} 万通来电里，约三成可以线上办结，"),
        (Quadrant::A, true, 0) => {
            format!("{n}% of repeat calls trace back to one unclear process: ")
        }
        (Quadrant::A, true, _) => format!("Average handling time is {n}0 seconds: "),
        (Quadrant::B, false, 0) => "先在一个班组试点，三个月后评估，".into(),
        (Quadrant::B, false, _) => "每个需求先画业务流程，再谈系统，".into(),
        (Quadrant::B, true, 0) => "Weekly joint backlog review between business and IT: ".into(),
        (Quadrant::B, true, _) => "Release every two weeks with a business sign-off: ".into(),
        (Quadrant::C, false, 0) => "一线坐席参与验收，先听他们的顾虑，".into(),
        (Quadrant::C, false, _) => "业务骨干和开发人员结对，".into(),
        (Quadrant::C, true, 0) => "Train data champions in every team: ".into(),
        (Quadrant::C, true, _) => "Agents fear more work, so show them the time saved: ".into(),
        (Quadrant::D, false, 0) => "三年内成为全省服务体验标杆，".into(),
        (Quadrant::D, false, _) => "让客户少打一次电话，".into(),
        (Quadrant::D, true, 0) => "Technology becomes a core competence, not a support: ".into(),
        (Quadrant::D, true, _) => "From answering calls to preventing them: ".into(),
    }
}

/// A strategic statement: an opening of its quadrant, about one topic, numbered as
/// the room numbered its cards. About one in three is written in English.
pub fn statement(quadrant: Quadrant, id: usize, seed: usize) -> String {
    let topic = TOPICS[seed % TOPICS.len()];
    let team = TEAMS[(seed / 7) % TEAMS.len()];
    let english = seed % 3 == 1;
    let tail = match (english, seed % 4) {
        (false, 0) => format!("从{topic}做起（{team}先行）"),
        (false, 1) | (false, 3) => format!("{topic}要业务和技术一起定口径"),
        (false, _) => format!("把{topic}纳入年度重点工作"),
        (true, 0) | (true, 2) => format!("start with {topic} in {team}"),
        (true, _) => format!("measure {topic} by what the customer feels"),
    };
    format!("{}{tail} #{id}", opening(quadrant, seed / 3, english))
}

/// One sentence a participant might say about the work.
pub fn sentence(seed: usize, number: usize) -> String {
    let topic = TOPICS[seed % TOPICS.len()];
    let other = TOPICS[(seed / 5 + 3) % TOPICS.len()];
    let team = TEAMS[seed % TEAMS.len()];
    match (seed + number) % 8 {
        0 => format!("{topic}由业务提需求、技术给方案，双方按季度复盘。"),
        1 => format!("Agree one definition for {topic} before building anything."),
        2 => format!("{team}先用{topic}，跑通后再推广到其他班组。"),
        3 => format!("{topic} and {other} share one data owner."),
        4 => format!("{topic}的验收由一线坐席和质检员共同完成。"),
        5 => format!("Budget for {topic} comes from the joint fund, not from IT alone."),
        6 => format!("{topic}和{other}的接口由架构管理处统一评审。"),
        _ => format!("每月在例会上通报{topic}的进展和问题。"),
    }
}

/// Several sentences on separate lines, as notes are typed.
pub fn notes_text(seed: usize, sentences: usize) -> String {
    (0..sentences)
        .map(|number| sentence(seed + number * 13, number))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn initiative_title(id: usize) -> String {
    let topic = TOPICS[id % TOPICS.len()];
    let team = TEAMS[(id / TOPICS.len()) % TEAMS.len()];
    match id % 4 {
        0 => format!("{topic}试点（{team}）"),
        1 => format!("Roll out {topic} to {team}"),
        2 => format!("{topic}升级改造"),
        _ => format!("{topic}业技联合攻关"),
    }
}

pub fn action(number: usize, initiative: &str) -> String {
    match number % 6 {
        0 => format!("整理「{initiative}」的需求清单并与技术部门评审"),
        1 => format!("Draft the pilot plan for \"{initiative}\""),
        2 => format!("为「{initiative}」确定数据口径和负责人"),
        3 => format!("Collect agent feedback on \"{initiative}\" after two weeks"),
        4 => format!("「{initiative}」的预算和排期报中心领导审批"),
        _ => format!("Report progress of \"{initiative}\" at the monthly review"),
    }
}

pub fn question(number: usize) -> String {
    let topic = TOPICS[(number * 5) % TOPICS.len()];
    match number % 4 {
        0 => format!("{topic}是否纳入本期范围？"),
        1 => format!("Who pays for {topic} once the pilot ends?"),
        2 => format!("外包团队如何参与{topic}？"),
        _ => format!("Does {topic} need the security team's approval?"),
    }
}
