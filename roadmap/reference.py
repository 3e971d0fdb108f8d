"""Reference facts of the roadmap, from the Director General's report (GC.20, item 16):
two phases (the first in two parts), seven key activities, seven guiding principles
(a–g) and the five key elements (a–e) of the phase-2 strategic direction.
"""

from reform_portal.services import Actor, upsert_recorded
from reform_portal.translated import localized_values
from roadmap.models import GuidingPrinciple, KeyActivity, Phase, StrategicElement

REASON = "Reference data: report of the Director General, GC.20 item 16"

PHASES = [
    {
        "code": "phase-1",
        "number": 1,
        "name": {
            "en": "Phase 1: participatory review",
            "zh-hans": "第一阶段：参与式审视",
            "ar": "المرحلة 1: استعراض تشاركي",
            "fr": "Phase 1 : examen participatif",
            "ru": "Этап 1: обзор на основе широкого участия",
            "es": "Fase 1: examen participativo",
        },
        "description": {
            "en": "A step-by-step, participatory approach: four internal working groups led by field "
            "representatives prepare concrete reform recommendations.",
            "zh-hans": "循序渐进的参与式做法：由驻地代表牵头的四个内部工作组拟订具体的改革建议。",
            "ar": "نهج تدريجي قائم على المشاركة: تعد أربعة أفرقة عاملة داخلية يقودها ممثلون ميدانيون "
            "توصيات ملموسة بشأن الإصلاح.",
            "fr": "Une démarche progressive et participative : quatre groupes de travail internes dirigés "
            "par des représentants sur le terrain élaborent des recommandations concrètes de réforme.",
            "ru": "Поэтапный подход на основе широкого участия: четыре внутренние рабочие группы под "
            "руководством представителей на местах готовят конкретные рекомендации по реформе.",
            "es": "Un enfoque gradual y participativo: cuatro grupos de trabajo internos dirigidos por "
            "representantes extrasede preparan recomendaciones concretas de reforma.",
        },
        "parts": [
            {
                "code": "phase-1-part-1",
                "number": 1,
                "name": {
                    "en": "Phase 1, part 1: working groups and interim arrangements",
                    "zh-hans": "第一阶段第一部分：工作组和临时安排",
                    "ar": "المرحلة 1، الجزء 1: الأفرقة العاملة والترتيبات المؤقتة",
                    "fr": "Phase 1, partie 1 : groupes de travail et arrangements provisoires",
                    "ru": "Этап 1, часть 1: рабочие группы и временные меры",
                    "es": "Fase 1, parte 1: grupos de trabajo y arreglos provisionales",
                },
                "description": {
                    "en": "The working groups are formed and start their work; in parallel, interim "
                    "arrangements keep offices with a vacant UNIDO Representative post represented and running.",
                    "zh-hans": "成立工作组并开展工作；同时为工发组织代表职位空缺的办事处作出临时安排，以保持代表性和业务连续性。",
                    "ar": "تشكل الأفرقة العاملة وتبدأ عملها؛ وبالتوازي مع ذلك، تكفل ترتيبات مؤقتة استمرار "
                    "التمثيل وسير العمل في المكاتب التي يكون فيها منصب ممثل اليونيدو شاغرا.",
                    "fr": "Les groupes de travail sont constitués et entament leurs travaux ; parallèlement, "
                    "des arrangements provisoires assurent la représentation et le fonctionnement des bureaux "
                    "dont le poste de Représentant de l'ONUDI est vacant.",
                    "ru": "Рабочие группы формируются и начинают работу; параллельно временные меры "
                    "обеспечивают представительство и работу отделений, в которых вакантна должность "
                    "Представителя ЮНИДО.",
                    "es": "Se constituyen los grupos de trabajo e inician su labor; paralelamente, arreglos "
                    "provisionales mantienen la representación y el funcionamiento de las oficinas cuyo puesto "
                    "de Representante de la ONUDI está vacante.",
                },
            },
            {
                "code": "phase-1-part-2",
                "number": 2,
                "name": {
                    "en": "Phase 1, part 2: initial proposal on the strategic direction",
                    "zh-hans": "第一阶段第二部分：关于战略方向的初步提议",
                    "ar": "المرحلة 1، الجزء 2: مقترح أولي بشأن التوجه الاستراتيجي",
                    "fr": "Phase 1, partie 2 : proposition initiale sur l'orientation stratégique",
                    "ru": "Этап 1, часть 2: первоначальное предложение о стратегическом направлении",
                    "es": "Fase 1, parte 2: propuesta inicial sobre la orientación estratégica",
                },
                "description": {
                    "en": "A desk review and analysis, together with the working groups' recommendations, "
                    "yield an initial proposal for the strategic direction of the reform.",
                    "zh-hans": "在桌面审议和分析的基础上，结合工作组的建议，形成关于改革战略方向的初步提议。",
                    "ar": "يفضي استعراض مكتبي وتحليل، إلى جانب توصيات الأفرقة العاملة، إلى مقترح أولي "
                    "بشأن التوجه الاستراتيجي للإصلاح.",
                    "fr": "Un examen documentaire et une analyse, conjugués aux recommandations des groupes "
                    "de travail, débouchent sur une proposition initiale concernant l'orientation stratégique "
                    "de la réforme.",
                    "ru": "Обзор документации и анализ вместе с рекомендациями рабочих групп позволяют "
                    "подготовить первоначальное предложение о стратегическом направлении реформы.",
                    "es": "Un examen documental y un análisis, junto con las recomendaciones de los grupos "
                    "de trabajo, dan lugar a una propuesta inicial sobre la orientación estratégica de la reforma.",
                },
            },
        ],
    },
    {
        "code": "phase-2",
        "number": 2,
        "name": {
            "en": "Phase 2: comprehensive proposal and implementation",
            "zh-hans": "第二阶段：全面提议和落实",
            "ar": "المرحلة 2: مقترح شامل وتنفيذه",
            "fr": "Phase 2 : proposition globale et mise en œuvre",
            "ru": "Этап 2: всеобъемлющее предложение и его осуществление",
            "es": "Fase 2: propuesta integral y aplicación",
        },
        "description": {
            "en": "A comprehensive proposal built on the strategic direction from phase 1; global and "
            "regional briefings of member states; implementation of the structural adjustments.",
            "zh-hans": "以第一阶段形成的战略方向为基础编拟全面提议；举行面向会员国的全球和区域简况介绍；落实结构调整。",
            "ar": "مقترح شامل يستند إلى التوجه الاستراتيجي المنبثق عن المرحلة 1؛ وإحاطات عالمية وإقليمية "
            "للدول الأعضاء؛ وتنفيذ التعديلات الهيكلية.",
            "fr": "Une proposition globale fondée sur l'orientation stratégique issue de la phase 1 ; "
            "des séances d'information mondiales et régionales à l'intention des États Membres ; "
            "la mise en œuvre des ajustements structurels.",
            "ru": "Всеобъемлющее предложение на основе стратегического направления, выработанного на этапе 1; "
            "глобальные и региональные брифинги для государств-членов; осуществление структурных корректировок.",
            "es": "Una propuesta integral basada en la orientación estratégica surgida de la fase 1; sesiones "
            "informativas mundiales y regionales para los Estados Miembros; aplicación de los ajustes "
            "estructurales.",
        },
        "parts": [],
    },
]

ACTIVITIES = [
    {
        "en": "Review and analysis of field-related information",
        "zh-hans": "审视和分析驻地相关信息",
        "ar": "استعراض وتحليل المعلومات المتعلقة بالعمل الميداني",
        "fr": "Examen et analyse des informations relatives aux activités sur le terrain",
        "ru": "Обзор и анализ информации о работе на местах",
        "es": "Examen y análisis de la información relativa a las actividades extrasede",
    },
    {
        "en": "Data analysis with the balanced scorecard",
        "zh-hans": "利用平衡计分卡进行数据分析",
        "ar": "تحليل البيانات باستخدام بطاقة الأداء المتوازن",
        "fr": "Analyse des données au moyen du tableau de bord prospectif",
        "ru": "Анализ данных с помощью сбалансированной системы показателей",
        "es": "Análisis de datos mediante el cuadro de mando integral",
    },
    {
        "en": "Benchmarking against other UN entities",
        "zh-hans": "对照其他联合国实体进行基准设定",
        "ar": "المقارنة المعيارية مع كيانات الأمم المتحدة الأخرى",
        "fr": "Analyse comparative avec d'autres entités des Nations Unies",
        "ru": "Сравнительный анализ с другими структурами Организации Объединенных Наций",
        "es": "Evaluación comparativa con otras entidades de las Naciones Unidas",
    },
    {
        "en": "Internal consultations: working groups and task forces",
        "zh-hans": "内部协商：工作组和特别工作组",
        "ar": "المشاورات الداخلية: الأفرقة العاملة وفرق العمل",
        "fr": "Consultations internes : groupes de travail et équipes spéciales",
        "ru": "Внутренние консультации: рабочие группы и целевые группы",
        "es": "Consultas internas: grupos de trabajo y equipos de tareas",
    },
    {
        "en": "Formulation of recommendations",
        "zh-hans": "拟订建议",
        "ar": "صياغة التوصيات",
        "fr": "Formulation de recommandations",
        "ru": "Выработка рекомендаций",
        "es": "Formulación de recomendaciones",
    },
    {
        "en": "Briefing of member states",
        "zh-hans": "向会员国通报情况",
        "ar": "تقديم إحاطات إلى الدول الأعضاء",
        "fr": "Séances d'information à l'intention des États Membres",
        "ru": "Брифинги для государств-членов",
        "es": "Sesiones informativas para los Estados Miembros",
    },
    {
        "en": "Implementation of the planned measures and structural adjustments",
        "zh-hans": "落实计划中的措施和结构调整",
        "ar": "تنفيذ التدابير والتعديلات الهيكلية المقررة",
        "fr": "Mise en œuvre des mesures et ajustements structurels prévus",
        "ru": "Осуществление запланированных мер и структурных корректировок",
        "es": "Aplicación de las medidas y los ajustes estructurales previstos",
    },
]

PRINCIPLES = {
    "a": {
        "title": {
            "en": "Best position within the 2030 Agenda and UN development system reform",
            "zh-hans": "在《2030年议程》和联合国发展系统改革中处于最有利位置",
            "ar": "أفضل موقع في إطار خطة عام 2030 وإصلاح منظومة الأمم المتحدة الإنمائية",
            "fr": "Positionnement optimal dans le cadre du Programme 2030 et de la réforme du système "
            "des Nations Unies pour le développement",
            "ru": "Оптимальное положение в рамках Повестки дня на период до 2030 года и реформы "
            "системы развития Организации Объединенных Наций",
            "es": "Posicionamiento óptimo en el marco de la Agenda 2030 y la reforma del sistema "
            "de las Naciones Unidas para el desarrollo",
        },
        "description": {
            "en": "Place UNIDO where it contributes most to the 2030 Agenda for Sustainable Development and to the reform of the UN development system.",
            "zh-hans": "使工发组织在落实《2030年可持续发展议程》和联合国发展系统改革中发挥最大作用。",
            "ar": "وضع اليونيدو في الموقع الذي تسهم منه على أفضل وجه في خطة التنمية المستدامة لعام 2030 "
            "وفي إصلاح منظومة الأمم المتحدة الإنمائية.",
            "fr": "Placer l'ONUDI là où elle contribue le plus au Programme de développement durable "
            "à l'horizon 2030 et à la réforme du système des Nations Unies pour le développement.",
            "ru": "Обеспечить ЮНИДО такое положение, при котором она вносит наибольший вклад в Повестку "
            "дня в области устойчивого развития на период до 2030 года и в реформу системы развития "
            "Организации Объединенных Наций.",
            "es": "Situar a la ONUDI donde más contribuya a la Agenda 2030 para el Desarrollo Sostenible "
            "y a la reforma del sistema de las Naciones Unidas para el desarrollo.",
        },
    },
    "b": {
        "title": {
            "en": "Efficiency, effectiveness and strategic focus",
            "zh-hans": "效率、成效和战略重点",
            "ar": "الكفاءة والفعالية والتركيز الاستراتيجي",
            "fr": "Efficience, efficacité et recentrage stratégique",
            "ru": "Эффективность, результативность и стратегическая направленность",
            "es": "Eficiencia, eficacia y enfoque estratégico",
        },
        "description": {
            "en": "Raise efficiency and effectiveness, with programming focused on the strategic priorities member states stress.",
            "zh-hans": "提高效率和成效，使方案设置集中于会员国强调的战略优先事项。",
            "ar": "زيادة الكفاءة والفعالية، مع تركيز البرمجة على الأولويات الاستراتيجية التي تشدد عليها الدول الأعضاء.",
            "fr": "Accroître l'efficience et l'efficacité, la programmation étant axée sur les priorités "
            "stratégiques mises en avant par les États Membres.",
            "ru": "Повысить эффективность и результативность, сосредоточив разработку программ "
            "на стратегических приоритетах, которые подчеркивают государства-члены.",
            "es": "Aumentar la eficiencia y la eficacia, con una programación centrada en las prioridades "
            "estratégicas que destacan los Estados Miembros.",
        },
    },
    "c": {
        "title": {
            "en": "Innovation in services to member states",
            "zh-hans": "创新对会员国的服务",
            "ar": "الابتكار في الخدمات المقدمة إلى الدول الأعضاء",
            "fr": "Innovation dans les services aux États Membres",
            "ru": "Инновации в услугах для государств-членов",
            "es": "Innovación en los servicios a los Estados Miembros",
        },
        "description": {
            "en": "Use every opportunity to innovate in the services UNIDO offers to member states.",
            "zh-hans": "抓住各种机会，创新工发组织向会员国提供的服务。",
            "ar": "اغتنام كل فرصة للابتكار في الخدمات التي تقدمها اليونيدو إلى الدول الأعضاء.",
            "fr": "Saisir toutes les occasions d'innover dans les services que l'ONUDI offre aux États Membres.",
            "ru": "Использовать любую возможность для внедрения инноваций в услуги, которые ЮНИДО "
            "предоставляет государствам-членам.",
            "es": "Aprovechar todas las oportunidades para innovar en los servicios que la ONUDI presta "
            "a los Estados Miembros.",
        },
    },
    "d": {
        "title": {
            "en": "Effective use of resources",
            "zh-hans": "有效利用资源",
            "ar": "الاستخدام الفعال للموارد",
            "fr": "Utilisation efficace des ressources",
            "ru": "Эффективное использование ресурсов",
            "es": "Uso eficaz de los recursos",
        },
        "description": {
            "en": "Make sure resources are used effectively.",
            "zh-hans": "确保资源得到有效利用。",
            "ar": "ضمان استخدام الموارد استخداما فعالا.",
            "fr": "Veiller à ce que les ressources soient utilisées efficacement.",
            "ru": "Обеспечить эффективное использование ресурсов.",
            "es": "Velar por que los recursos se utilicen de manera eficaz.",
        },
    },
    "e": {
        "title": {
            "en": "Stronger field role in technical cooperation and resource mobilization",
            "zh-hans": "加强驻地在技术合作和资源调动中的作用",
            "ar": "تعزيز دور الميدان في التعاون التقني وتعبئة الموارد",
            "fr": "Rôle accru des bureaux extérieurs dans la coopération technique et la mobilisation de ressources",
            "ru": "Усиление роли отделений на местах в техническом сотрудничестве и мобилизации ресурсов",
            "es": "Mayor función de las oficinas extrasede en la cooperación técnica y la movilización de recursos",
        },
        "description": {
            "en": "Strengthen the part field offices play in technical cooperation and in mobilizing resources.",
            "zh-hans": "加强驻地办事处在技术合作活动和资源调动中的作用。",
            "ar": "تعزيز الدور الذي تؤديه المكاتب الميدانية في التعاون التقني وفي تعبئة الموارد.",
            "fr": "Renforcer le rôle que jouent les bureaux extérieurs dans la coopération technique "
            "et dans la mobilisation de ressources.",
            "ru": "Укрепить роль отделений на местах в техническом сотрудничестве и в мобилизации ресурсов.",
            "es": "Fortalecer la función que desempeñan las oficinas extrasede en la cooperación técnica "
            "y en la movilización de recursos.",
        },
    },
    "f": {
        "title": {
            "en": "Positive effect on partner relations",
            "zh-hans": "对伙伴关系产生积极影响",
            "ar": "أثر إيجابي في العلاقات مع الشركاء",
            "fr": "Effet positif sur les relations avec les partenaires",
            "ru": "Положительное влияние на отношения с партнерами",
            "es": "Efecto positivo en las relaciones con los asociados",
        },
        "description": {
            "en": "Any adjustment of the field network must improve relations with governments, beneficiaries, development partners and donors.",
            "zh-hans": "对驻地网络的任何调整都应改善与政府、受益方、发展伙伴和捐助方的关系。",
            "ar": "يجب أن يؤدي أي تعديل في الشبكة الميدانية إلى تحسين العلاقات مع الحكومات والمستفيدين "
            "والشركاء الإنمائيين والجهات المانحة.",
            "fr": "Tout ajustement du réseau de bureaux extérieurs doit améliorer les relations avec "
            "les gouvernements, les bénéficiaires, les partenaires de développement et les donateurs.",
            "ru": "Любая корректировка сети отделений на местах должна улучшать отношения с правительствами, "
            "бенефициарами, партнерами по развитию и донорами.",
            "es": "Todo ajuste de la red extrasede debe mejorar las relaciones con los gobiernos, "
            "los beneficiarios, los asociados para el desarrollo y los donantes.",
        },
    },
    "g": {
        "title": {
            "en": "Capacity gaps and learning for the future",
            "zh-hans": "能力差距和面向未来的学习",
            "ar": "الثغرات في القدرات والتعلم من أجل المستقبل",
            "fr": "Lacunes en matière de capacités et apprentissage pour l'avenir",
            "ru": "Пробелы в потенциале и обучение с прицелом на будущее",
            "es": "Carencias de capacidad y aprendizaje para el futuro",
        },
        "description": {
            "en": "Identify capacity gaps in the field and use them to lead learning that prepares for the future.",
            "zh-hans": "找出驻地的能力差距，并以此引领面向未来的学习。",
            "ar": "تحديد الثغرات في القدرات في الميدان والاستناد إليها في توجيه التعلم استعدادا للمستقبل.",
            "fr": "Recenser les lacunes en matière de capacités sur le terrain et s'en servir pour orienter "
            "un apprentissage tourné vers l'avenir.",
            "ru": "Выявлять пробелы в потенциале на местах и использовать их для организации обучения, "
            "обеспечивающего подготовку к будущему.",
            "es": "Detectar las carencias de capacidad sobre el terreno y aprovecharlas para orientar "
            "un aprendizaje que prepare para el futuro.",
        },
    },
}

STRATEGIC_ELEMENTS = {
    "a": {
        "title": {
            "en": "Streamlined, more effective field structure",
            "zh-hans": "精简且更有成效的驻地结构",
            "ar": "هيكل ميداني مبسط وأكثر فعالية",
            "fr": "Structure rationalisée et plus efficace des bureaux extérieurs",
            "ru": "Оптимизированная и более эффективная структура отделений на местах",
            "es": "Estructura extrasede simplificada y más eficaz",
        },
        "description": {
            "en": "A leaner and more effective field structure with a more coherent set of functions and responsibilities.",
            "zh-hans": "更精简、更有成效的驻地结构，职能和责任更加协调一致。",
            "ar": "هيكل ميداني أكثر بساطة وفعالية، مع مجموعة أكثر اتساقا من المهام والمسؤوليات.",
            "fr": "Une structure allégée et plus efficace des bureaux extérieurs, dotée d'un ensemble "
            "plus cohérent de fonctions et de responsabilités.",
            "ru": "Более компактная и эффективная структура отделений на местах с более согласованным "
            "набором функций и обязанностей.",
            "es": "Una estructura extrasede más ágil y eficaz, con un conjunto más coherente de funciones "
            "y responsabilidades.",
        },
    },
    "b": {
        "title": {
            "en": "Progressive delegation of authority",
            "zh-hans": "逐步下放权力",
            "ar": "التفويض التدريجي للسلطة",
            "fr": "Délégation progressive de pouvoirs",
            "ru": "Поэтапное делегирование полномочий",
            "es": "Delegación progresiva de autoridad",
        },
        "description": {
            "en": "Authority is delegated to the field step by step.",
            "zh-hans": "逐步向驻地下放权力。",
            "ar": "تفويض السلطة إلى الميدان تدريجيا.",
            "fr": "Les pouvoirs sont délégués progressivement aux bureaux extérieurs.",
            "ru": "Полномочия поэтапно делегируются отделениям на местах.",
            "es": "La autoridad se delega gradualmente a las oficinas extrasede.",
        },
    },
    "c": {
        "title": {
            "en": "More flexible working arrangements",
            "zh-hans": "更加灵活的工作安排",
            "ar": "ترتيبات عمل أكثر مرونة",
            "fr": "Modalités de travail plus souples",
            "ru": "Более гибкие формы организации работы",
            "es": "Modalidades de trabajo más flexibles",
        },
        "description": {
            "en": "More flexible working arrangements to raise efficiency.",
            "zh-hans": "采取更加灵活的工作安排以提高效率。",
            "ar": "ترتيبات عمل أكثر مرونة لزيادة الكفاءة.",
            "fr": "Des modalités de travail plus souples pour accroître l'efficience.",
            "ru": "Более гибкие формы организации работы для повышения эффективности.",
            "es": "Modalidades de trabajo más flexibles para aumentar la eficiencia.",
        },
    },
    "d": {
        "title": {
            "en": "Learning and development capacity",
            "zh-hans": "学习和发展能力",
            "ar": "القدرة في مجال التعلم والتطوير",
            "fr": "Capacités de formation et de perfectionnement",
            "ru": "Потенциал в области обучения и повышения квалификации",
            "es": "Capacidad de aprendizaje y perfeccionamiento",
        },
        "description": {
            "en": "Capacity for staff learning and development.",
            "zh-hans": "加强工作人员学习和发展的能力。",
            "ar": "القدرة في مجال تعلم الموظفين وتطوير مهاراتهم.",
            "fr": "Capacités de formation et de perfectionnement du personnel.",
            "ru": "Потенциал в области обучения и повышения квалификации персонала.",
            "es": "Capacidad de aprendizaje y perfeccionamiento del personal.",
        },
    },
    "e": {
        "title": {
            "en": "Stronger focus on results",
            "zh-hans": "更加注重结果",
            "ar": "تركيز أقوى على النتائج",
            "fr": "Orientation accrue vers les résultats",
            "ru": "Усиление ориентации на результаты",
            "es": "Mayor orientación a los resultados",
        },
        "description": {
            "en": "A stronger focus on the results the field network delivers.",
            "zh-hans": "更加注重驻地网络取得的成果。",
            "ar": "تركيز أقوى على النتائج التي تحققها الشبكة الميدانية.",
            "fr": "Une attention accrue portée aux résultats obtenus par le réseau de bureaux extérieurs.",
            "ru": "Повышенное внимание к результатам, которых добивается сеть отделений на местах.",
            "es": "Mayor atención a los resultados que obtiene la red extrasede.",
        },
    },
}


def load_phases(actor: Actor) -> int:
    written = 0
    for order, spec in enumerate(PHASES, start=1):
        values = {"number": spec["number"], "order": order * 10, "parent": None}
        values |= localized_values(name=spec["name"], description=spec["description"])
        phase, changed = upsert_recorded(
            Phase, lookup={"code": spec["code"]}, values=values, actor=actor, reason=REASON
        )
        written += changed
        for part in spec["parts"]:
            values = {"number": part["number"], "order": order * 10 + part["number"], "parent": phase}
            values |= localized_values(name=part["name"], description=part["description"])
            written += upsert_recorded(Phase, lookup={"code": part["code"]}, values=values, actor=actor, reason=REASON)[
                1
            ]
    return written


def load_activities(actor: Actor) -> int:
    return sum(
        upsert_recorded(
            KeyActivity, lookup={"number": number}, values=localized_values(name=name), actor=actor, reason=REASON
        )[1]
        for number, name in enumerate(ACTIVITIES, start=1)
    )


def _load_lettered(model, texts: dict, actor: Actor) -> int:
    return sum(
        upsert_recorded(model, lookup={"letter": letter}, values=localized_values(**spec), actor=actor, reason=REASON)[
            1
        ]
        for letter, spec in texts.items()
    )


def load(actor: Actor) -> int:
    """Load (or bring up to date) the roadmap's reference data; return rows written."""
    return (
        load_phases(actor)
        + load_activities(actor)
        + _load_lettered(GuidingPrinciple, PRINCIPLES, actor)
        + _load_lettered(StrategicElement, STRATEGIC_ELEMENTS, actor)
    )
