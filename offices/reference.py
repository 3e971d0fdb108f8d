"""Reference facts of the field network, from the Director General's report (GC.20, item 16).

The report gives five regions, the three-tier structure of today (regional hubs, regional
offices, country offices) and the two-tier one planned (subregional offices, country
offices). It names no region: the region names below follow UNIDO's regional divisions.
Countries and territories come from ISO 3166 via django-countries, with their localized
names in the six UN languages.
"""

from django.utils import translation
from django_countries import countries

from offices.models import BenchmarkMetric, Country, OfficeType, Perspective, Region, Structure
from reform_portal.services import Actor, upsert_recorded
from reform_portal.translated import LANGUAGE_CODES, localized_values

REASON = "Reference data: report of the Director General, GC.20 item 16"
COUNTRY_REASON = "Reference data: ISO 3166 and UN M49 (django-countries)"

REGIONS = [
    {
        "code": "AFR",
        "name": {"en": "Africa", "zh-hans": "非洲", "ar": "أفريقيا", "fr": "Afrique", "ru": "Африка", "es": "África"},
    },
    {
        "code": "ARB",
        "name": {
            "en": "Arab region",
            "zh-hans": "阿拉伯区域",
            "ar": "المنطقة العربية",
            "fr": "Région arabe",
            "ru": "Арабский регион",
            "es": "Región árabe",
        },
    },
    {
        "code": "ASP",
        "name": {
            "en": "Asia and the Pacific",
            "zh-hans": "亚洲及太平洋",
            "ar": "آسيا والمحيط الهادئ",
            "fr": "Asie et Pacifique",
            "ru": "Азиатско-Тихоокеанский регион",
            "es": "Asia y el Pacífico",
        },
    },
    {
        "code": "ECA",
        "name": {
            "en": "Europe and Central Asia",
            "zh-hans": "欧洲和中亚",
            "ar": "أوروبا وآسيا الوسطى",
            "fr": "Europe et Asie centrale",
            "ru": "Европа и Центральная Азия",
            "es": "Europa y Asia Central",
        },
    },
    {
        "code": "LAC",
        "name": {
            "en": "Latin America and the Caribbean",
            "zh-hans": "拉丁美洲和加勒比",
            "ar": "أمريكا اللاتينية ومنطقة البحر الكاريبي",
            "fr": "Amérique latine et Caraïbes",
            "ru": "Латинская Америка и Карибский бассейн",
            "es": "América Latina y el Caribe",
        },
    },
]

STRUCTURES = [
    {
        "code": "three-tier",
        "tiers": 3,
        "status": Structure.Status.CURRENT,
        "name": {
            "en": "Three-tier field structure",
            "zh-hans": "三层驻地结构",
            "ar": "هيكل ميداني من ثلاثة مستويات",
            "fr": "Structure des bureaux extérieurs à trois niveaux",
            "ru": "Трехуровневая структура отделений на местах",
            "es": "Estructura extrasede de tres niveles",
        },
        "description": {
            "en": "The field network before the reform: regional hubs, regional offices and country offices.",
            "zh-hans": "改革前的驻地网络：区域中心、区域办事处和国家办事处。",
            "ar": "الشبكة الميدانية قبل الإصلاح: مراكز إقليمية ومكاتب إقليمية ومكاتب قطرية.",
            "fr": "Le réseau de bureaux extérieurs avant la réforme : pôles régionaux, bureaux régionaux "
            "et bureaux de pays.",
            "ru": "Сеть отделений на местах до реформы: региональные центры, региональные отделения "
            "и страновые отделения.",
            "es": "La red extrasede antes de la reforma: centros regionales, oficinas regionales "
            "y oficinas en los países.",
        },
        "types": [
            {
                "code": "regional-hub",
                "level": 1,
                "name": {
                    "en": "Regional hub",
                    "zh-hans": "区域中心",
                    "ar": "مركز إقليمي",
                    "fr": "Pôle régional",
                    "ru": "Региональный центр",
                    "es": "Centro regional",
                },
                "description": {
                    "en": "Top tier of the three-tier structure; regional and country offices report to it.",
                    "zh-hans": "三层结构的最高一层；区域办事处和国家办事处向其报告。",
                    "ar": "المستوى الأعلى في الهيكل ذي المستويات الثلاثة؛ وترفع إليه المكاتب الإقليمية "
                    "والمكاتب القطرية تقاريرها.",
                    "fr": "Échelon supérieur de la structure à trois niveaux ; les bureaux régionaux "
                    "et les bureaux de pays en relèvent.",
                    "ru": "Верхний уровень трехуровневой структуры; ему подотчетны региональные и страновые отделения.",
                    "es": "Nivel superior de la estructura de tres niveles; de él dependen las oficinas "
                    "regionales y las oficinas en los países.",
                },
            },
            {
                "code": "regional-office",
                "level": 2,
                "name": {
                    "en": "Regional office",
                    "zh-hans": "区域办事处",
                    "ar": "مكتب إقليمي",
                    "fr": "Bureau régional",
                    "ru": "Региональное отделение",
                    "es": "Oficina regional",
                },
                "description": {
                    "en": "Middle tier of the three-tier structure, reporting to a regional hub.",
                    "zh-hans": "三层结构的中间一层，向区域中心报告。",
                    "ar": "المستوى الأوسط في الهيكل ذي المستويات الثلاثة، ويرفع تقاريره إلى مركز إقليمي.",
                    "fr": "Échelon intermédiaire de la structure à trois niveaux, qui relève d'un pôle régional.",
                    "ru": "Средний уровень трехуровневой структуры, подотчетный региональному центру.",
                    "es": "Nivel intermedio de la estructura de tres niveles, que depende de un centro regional.",
                },
            },
            {
                "code": "country-office",
                "level": 3,
                "name": {
                    "en": "Country office",
                    "zh-hans": "国家办事处",
                    "ar": "مكتب قطري",
                    "fr": "Bureau de pays",
                    "ru": "Страновое отделение",
                    "es": "Oficina en el país",
                },
                "description": {
                    "en": "Office serving its host country and the countries it covers.",
                    "zh-hans": "为东道国及其覆盖的国家提供服务的办事处。",
                    "ar": "مكتب يخدم البلد المضيف له والبلدان التي يغطيها.",
                    "fr": "Bureau au service de son pays hôte et des pays qu'il couvre.",
                    "ru": "Отделение, обслуживающее принимающую страну и охватываемые им страны.",
                    "es": "Oficina que presta servicios a su país anfitrión y a los países que abarca.",
                },
            },
        ],
    },
    {
        "code": "two-tier",
        "tiers": 2,
        "status": Structure.Status.PLANNED,
        "name": {
            "en": "Two-tier field structure",
            "zh-hans": "两层驻地结构",
            "ar": "هيكل ميداني من مستويين",
            "fr": "Structure des bureaux extérieurs à deux niveaux",
            "ru": "Двухуровневая структура отделений на местах",
            "es": "Estructura extrasede de dos niveles",
        },
        "description": {
            "en": "The field network after the reform: subregional offices and country offices, "
            "with a physical presence kept in all 48 offices.",
            "zh-hans": "改革后的驻地网络：次区域办事处和国家办事处，全部48个办事处保留实体存在。",
            "ar": "الشبكة الميدانية بعد الإصلاح: مكاتب دون إقليمية ومكاتب قطرية، مع الحفاظ على الوجود "
            "المادي في جميع المكاتب البالغ عددها 48 مكتبا.",
            "fr": "Le réseau de bureaux extérieurs après la réforme : bureaux sous-régionaux et bureaux "
            "de pays, la présence physique étant maintenue dans les 48 bureaux.",
            "ru": "Сеть отделений на местах после реформы: субрегиональные отделения и страновые "
            "отделения при сохранении физического присутствия во всех 48 отделениях.",
            "es": "La red extrasede después de la reforma: oficinas subregionales y oficinas en los países, "
            "manteniendo la presencia física en las 48 oficinas.",
        },
        "types": [
            {
                "code": "subregional-office",
                "level": 1,
                "name": {
                    "en": "Subregional office",
                    "zh-hans": "次区域办事处",
                    "ar": "مكتب دون إقليمي",
                    "fr": "Bureau sous-régional",
                    "ru": "Субрегиональное отделение",
                    "es": "Oficina subregional",
                },
                "description": {
                    "en": "Top tier of the two-tier structure; country offices of its subregion report to it.",
                    "zh-hans": "两层结构的最高一层；其次区域内的国家办事处向其报告。",
                    "ar": "المستوى الأعلى في الهيكل ذي المستويين؛ وترفع إليه المكاتب القطرية "
                    "في منطقته دون الإقليمية تقاريرها.",
                    "fr": "Échelon supérieur de la structure à deux niveaux ; les bureaux de pays "
                    "de sa sous-région en relèvent.",
                    "ru": "Верхний уровень двухуровневой структуры; ему подотчетны страновые отделения его субрегиона.",
                    "es": "Nivel superior de la estructura de dos niveles; de él dependen las oficinas "
                    "en los países de su subregión.",
                },
            },
            {
                "code": "country-office",
                "level": 2,
                "name": {
                    "en": "Country office",
                    "zh-hans": "国家办事处",
                    "ar": "مكتب قطري",
                    "fr": "Bureau de pays",
                    "ru": "Страновое отделение",
                    "es": "Oficina en el país",
                },
                "description": {
                    "en": "Office serving its host country and the countries it covers.",
                    "zh-hans": "为东道国及其覆盖的国家提供服务的办事处。",
                    "ar": "مكتب يخدم البلد المضيف له والبلدان التي يغطيها.",
                    "fr": "Bureau au service de son pays hôte et des pays qu'il couvre.",
                    "ru": "Отделение, обслуживающее принимающую страну и охватываемые им страны.",
                    "es": "Oficina que presta servicios a su país anfitrión y a los países que abarca.",
                },
            },
        ],
    },
]


def load_regions(actor: Actor) -> int:
    written = 0
    for order, region in enumerate(REGIONS, start=1):
        values = {"order": order, **localized_values(name=region["name"])}
        written += upsert_recorded(Region, lookup={"code": region["code"]}, values=values, actor=actor, reason=REASON)[
            1
        ]
    return written


def load_structures(actor: Actor) -> int:
    written = 0
    for order, spec in enumerate(STRUCTURES, start=1):
        values = {
            "tiers": spec["tiers"],
            "status": spec["status"],
            "order": order,
            **localized_values(name=spec["name"], description=spec["description"]),
        }
        structure, changed = upsert_recorded(
            Structure, lookup={"code": spec["code"]}, values=values, actor=actor, reason=REASON
        )
        written += changed
        for office_type in spec["types"]:
            values = {
                "level": office_type["level"],
                **localized_values(name=office_type["name"], description=office_type["description"]),
            }
            written += upsert_recorded(
                OfficeType,
                lookup={"structure": structure, "code": office_type["code"]},
                values=values,
                actor=actor,
                reason=REASON,
            )[1]
    return written


def _country_names(code: str) -> dict[str, str]:
    names = {}
    for language in LANGUAGE_CODES:
        with translation.override(language):
            names[language] = str(countries.name(code))
    return names


def load_countries(actor: Actor) -> int:
    written = 0
    for code, _name in countries:
        values = {
            "iso3": countries.alpha3(code),
            "m49": f"{countries.numeric(code):03d}",
            **localized_values(name=_country_names(code)),
        }
        written += upsert_recorded(Country, lookup={"iso2": code}, values=values, actor=actor, reason=COUNTRY_REASON)[1]
    return written


def load(actor: Actor) -> int:
    """Load (or bring up to date) the field network's reference data; return rows written."""
    return load_regions(actor) + load_structures(actor) + load_countries(actor) + load_evidence_definitions(actor)


# The four classic perspectives of a balanced scorecard (Kaplan and Norton), the tool the
# report names for the data analysis; the names are editable.
PERSPECTIVES = [
    {
        "code": "financial",
        "name": {
            "en": "Financial",
            "zh-hans": "财务",
            "ar": "المالية",
            "fr": "Finances",
            "ru": "Финансы",
            "es": "Finanzas",
        },
    },
    {
        "code": "customer",
        "name": {
            "en": "Customer",
            "zh-hans": "客户",
            "ar": "العملاء",
            "fr": "Clients",
            "ru": "Клиенты",
            "es": "Clientes",
        },
    },
    {
        "code": "internal-processes",
        "name": {
            "en": "Internal processes",
            "zh-hans": "内部流程",
            "ar": "العمليات الداخلية",
            "fr": "Processus internes",
            "ru": "Внутренние процессы",
            "es": "Procesos internos",
        },
    },
    {
        "code": "learning-growth",
        "name": {
            "en": "Learning and growth",
            "zh-hans": "学习与成长",
            "ar": "التعلم والنمو",
            "fr": "Apprentissage et croissance",
            "ru": "Обучение и развитие",
            "es": "Aprendizaje y crecimiento",
        },
    },
]

# What is compared with other UN entities; UNIDO's values are computed from the registers.
BENCHMARK_METRICS = [
    {
        "code": "field-offices",
        "figure": "offices",
        "unit": "",
        "name": {
            "en": "Field offices",
            "zh-hans": "驻地办事处",
            "ar": "المكاتب الميدانية",
            "fr": "Bureaux extérieurs",
            "ru": "Отделения на местах",
            "es": "Oficinas extrasede",
        },
    },
    {
        "code": "countries-covered",
        "figure": "countries_covered",
        "unit": "",
        "name": {
            "en": "Countries covered",
            "zh-hans": "覆盖的国家",
            "ar": "البلدان المشمولة",
            "fr": "Pays couverts",
            "ru": "Охваченные страны",
            "es": "Países abarcados",
        },
    },
    {
        "code": "countries-per-office",
        "figure": "countries_per_office",
        "unit": "",
        "name": {
            "en": "Countries per office",
            "zh-hans": "每个办事处覆盖的国家数",
            "ar": "عدد البلدان لكل مكتب",
            "fr": "Pays par bureau",
            "ru": "Стран на одно отделение",
            "es": "Países por oficina",
        },
    },
    {
        "code": "common-premises",
        "figure": "common_premises_share",
        "unit": "%",
        "name": {
            "en": "Offices on UN common premises",
            "zh-hans": "位于联合国共用房地的办事处",
            "ar": "المكاتب الموجودة في أماكن العمل المشتركة للأمم المتحدة",
            "fr": "Bureaux dans des locaux communs des Nations Unies",
            "ru": "Отделения в общих помещениях ООН",
            "es": "Oficinas en locales comunes de las Naciones Unidas",
        },
    },
    {
        "code": "structure-tiers",
        "figure": "structure_tiers",
        "unit": "",
        "name": {
            "en": "Tiers of the field structure",
            "zh-hans": "驻地结构的层级数",
            "ar": "عدد مستويات الهيكل الميداني",
            "fr": "Niveaux de la structure extérieure",
            "ru": "Уровни структуры на местах",
            "es": "Niveles de la estructura extrasede",
        },
    },
]


def load_evidence_definitions(actor: Actor) -> int:
    """The scorecard's perspectives and the benchmark metrics."""
    written = 0
    for order, spec in enumerate(PERSPECTIVES, start=1):
        values = {"order": order, **localized_values(name=spec["name"])}
        written += upsert_recorded(
            Perspective, lookup={"code": spec["code"]}, values=values, actor=actor, reason=REASON
        )[1]
    for order, spec in enumerate(BENCHMARK_METRICS, start=1):
        values = {
            "order": order,
            "unido_figure": spec["figure"],
            "unit": spec["unit"],
            **localized_values(name=spec["name"]),
        }
        written += upsert_recorded(
            BenchmarkMetric, lookup={"code": spec["code"]}, values=values, actor=actor, reason=REASON
        )[1]
    return written
