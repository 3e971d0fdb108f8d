"""Reference facts of the working groups, from the Director General's report (GC.20, item 16):
four working groups, each led by UNIDO field representatives, on four interrelated topics.
"""

from reform_portal.services import Actor, upsert_recorded
from reform_portal.translated import localized_values
from working_groups.models import WorkingGroup

REASON = "Reference data: report of the Director General, GC.20 item 16"

WORKING_GROUPS = {
    "a": {
        "name": {
            "en": "Working group A: role of field offices",
            "zh-hans": "工作组A：驻地办事处的作用",
            "ar": "الفريق العامل A: دور المكاتب الميدانية",
            "fr": "Groupe de travail A : rôle des bureaux extérieurs",
            "ru": "Рабочая группа A: роль отделений на местах",
            "es": "Grupo de trabajo A: función de las oficinas extrasede",
        },
        "topic": {
            "en": "The role of field offices in technical cooperation and in the reform of the UN development system.",
            "zh-hans": "驻地办事处在技术合作和联合国发展系统改革中的作用。",
            "ar": "دور المكاتب الميدانية في التعاون التقني وفي إصلاح منظومة الأمم المتحدة الإنمائية.",
            "fr": "Le rôle des bureaux extérieurs dans la coopération technique et dans la réforme "
            "du système des Nations Unies pour le développement.",
            "ru": "Роль отделений на местах в техническом сотрудничестве и в реформе системы развития "
            "Организации Объединенных Наций.",
            "es": "La función de las oficinas extrasede en la cooperación técnica y en la reforma "
            "del sistema de las Naciones Unidas para el desarrollo.",
        },
    },
    "b": {
        "name": {
            "en": "Working group B: new working arrangements",
            "zh-hans": "工作组B：新的工作安排",
            "ar": "الفريق العامل B: ترتيبات العمل الجديدة",
            "fr": "Groupe de travail B : nouvelles modalités de travail",
            "ru": "Рабочая группа B: новые формы организации работы",
            "es": "Grupo de trabajo B: nuevas modalidades de trabajo",
        },
        "topic": {
            "en": "New working arrangements that raise efficiency.",
            "zh-hans": "提高效率的新的工作安排。",
            "ar": "ترتيبات عمل جديدة تزيد الكفاءة.",
            "fr": "De nouvelles modalités de travail qui accroissent l'efficience.",
            "ru": "Новые формы организации работы, повышающие эффективность.",
            "es": "Nuevas modalidades de trabajo que aumentan la eficiencia.",
        },
    },
    "c": {
        "name": {
            "en": "Working group C: office typology and terms of reference",
            "zh-hans": "工作组C：办事处类型和职权范围",
            "ar": "الفريق العامل C: تصنيف المكاتب واختصاصاتها",
            "fr": "Groupe de travail C : typologie des bureaux et mandats",
            "ru": "Рабочая группа C: типология отделений и круг ведения",
            "es": "Grupo de trabajo C: tipología de las oficinas y mandatos",
        },
        "topic": {
            "en": "The typology of offices and their terms of reference.",
            "zh-hans": "办事处的类型及其职权范围。",
            "ar": "تصنيف المكاتب واختصاصاتها.",
            "fr": "La typologie des bureaux et leur mandat.",
            "ru": "Типология отделений и их круг ведения.",
            "es": "La tipología de las oficinas y su mandato.",
        },
    },
    "d": {
        "name": {
            "en": "Working group D: country coverage",
            "zh-hans": "工作组D：国家覆盖范围",
            "ar": "الفريق العامل D: التغطية القطرية",
            "fr": "Groupe de travail D : couverture des pays",
            "ru": "Рабочая группа D: охват стран",
            "es": "Grupo de trabajo D: cobertura de los países",
        },
        "topic": {
            "en": "Optimizing the coverage of countries by the field network.",
            "zh-hans": "优化驻地网络对各国的覆盖范围。",
            "ar": "تحسين تغطية الشبكة الميدانية للبلدان.",
            "fr": "Optimiser la couverture des pays par le réseau de bureaux extérieurs.",
            "ru": "Оптимизация охвата стран сетью отделений на местах.",
            "es": "Optimizar la cobertura de los países por la red extrasede.",
        },
    },
}


def load(actor: Actor) -> int:
    """Load (or bring up to date) the four working groups; return rows written."""
    return sum(
        upsert_recorded(
            WorkingGroup, lookup={"letter": letter}, values=localized_values(**spec), actor=actor, reason=REASON
        )[1]
        for letter, spec in WORKING_GROUPS.items()
    )
