//! Roles that carry the work: the set the method names, and any the room adds.

use serde::{Deserialize, Serialize};

use crate::i18n::Text;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: u32,
    pub name: Text,
}

/// The roles a new session starts with.
pub fn default_roles() -> Vec<Role> {
    [
        ("技术总监", "Technology director"),
        ("业务架构师", "Business architect"),
        ("产品经理", "Product manager"),
        ("业务技术联合团队", "Joint business–technology team"),
        ("规划部门", "Planning department"),
        ("业务部门", "Business departments"),
        ("技术部门", "Technology department"),
        ("数据部门", "Data department"),
    ]
    .into_iter()
    .zip(1..)
    .map(|((zh, en), id)| Role {
        id,
        name: Text::new(zh, en),
    })
    .collect()
}
