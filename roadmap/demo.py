"""Demonstration roadmap: milestones across both phases, member-state briefing sessions with
their materials, and the texts of the public briefing pages.

The report dates nothing but the terms of reference (expected at the end of 2023) and the
General Conference itself; every other date, owner and title here is invented, stored
with ``is_demo`` set. Implementation milestones are dated relative to the day the data is
loaded, so the demonstration always has work due soon, overdue and ahead.
"""

import datetime
from functools import partial
from typing import NamedTuple

from offices.models import Office, Region
from reform_portal.services import Actor
from roadmap import services
from roadmap.models import (
    BriefingMaterial,
    BriefingSession,
    BriefingText,
    GuidingPrinciple,
    KeyActivity,
    Milestone,
    Phase,
    StrategicElement,
)
from working_groups.models import Person

REASON = "Demonstration data"

D = datetime.date


class DemoMilestone(NamedTuple):
    code: str
    phase: str
    activity: int
    title: str
    start: D | int  # a date, or days from the load date
    end: D | int
    status: str
    progress: int
    depends_on: tuple[str, ...] = ()
    principles: str = ""
    elements: str = ""
    public: bool = False


DONE, ACTIVE, TODO = "completed", "in_progress", "not_started"

MILESTONES = [
    DemoMilestone(
        "M-01",
        "phase-1-part-1",
        1,
        "Field information collected and reviewed",
        D(2023, 2, 1),
        D(2023, 3, 31),
        DONE,
        100,
        (),
        "bd",
    ),
    DemoMilestone(
        "M-02",
        "phase-1-part-1",
        4,
        "Working groups constituted",
        D(2023, 2, 15),
        D(2023, 3, 15),
        DONE,
        100,
        (),
        "a",
        public=True,
    ),
    DemoMilestone(
        "M-03",
        "phase-1-part-1",
        7,
        "Interim arrangements for vacant representative posts",
        D(2023, 3, 1),
        D(2023, 5, 31),
        DONE,
        100,
        (),
        "f",
    ),
    DemoMilestone(
        "M-04",
        "phase-1-part-1",
        2,
        "Balanced scorecard baseline for every office",
        D(2023, 4, 1),
        D(2023, 6, 30),
        DONE,
        100,
        ("M-01",),
        "bd",
        "e",
    ),
    DemoMilestone(
        "M-05",
        "phase-1-part-1",
        3,
        "Benchmarking study of UN entities' field presence",
        D(2023, 4, 1),
        D(2023, 7, 15),
        DONE,
        100,
        ("M-01",),
        "a",
    ),
    DemoMilestone(
        "M-06",
        "phase-1-part-2",
        5,
        "Working-group recommendations submitted",
        D(2023, 7, 16),
        D(2023, 8, 31),
        DONE,
        100,
        ("M-02", "M-04", "M-05"),
        "abc",
    ),
    DemoMilestone(
        "M-07",
        "phase-1-part-2",
        5,
        "Initial proposal on the strategic direction",
        D(2023, 9, 1),
        D(2023, 9, 30),
        DONE,
        100,
        ("M-06",),
        "ab",
        "abcde",
        True,
    ),
    DemoMilestone(
        "M-08",
        "phase-2",
        6,
        "Global briefing of member states",
        D(2023, 10, 2),
        D(2023, 10, 20),
        DONE,
        100,
        ("M-07",),
        "f",
        "",
        True,
    ),
    DemoMilestone(
        "M-09",
        "phase-2",
        6,
        "Regional briefings of member states",
        D(2023, 10, 23),
        D(2023, 11, 24),
        DONE,
        100,
        ("M-08",),
        "f",
        "",
        True,
    ),
    DemoMilestone(
        "M-10",
        "phase-2",
        7,
        "Terms of reference of the field network issued",
        D(2023, 10, 1),
        D(2023, 12, 31),
        DONE,
        100,
        ("M-07",),
        "b",
        "a",
        True,
    ),
    DemoMilestone(
        "M-11",
        "phase-2",
        5,
        "Comprehensive proposal on the field structure",
        D(2024, 1, 8),
        D(2024, 4, 30),
        DONE,
        100,
        ("M-10",),
        "ab",
        "abcde",
        True,
    ),
    DemoMilestone(
        "M-12", "phase-2", 7, "Delegation of authority framework in force", -400, -60, ACTIVE, 80, ("M-11",), "d", "b"
    ),
    DemoMilestone(
        "M-13", "phase-2", 7, "Flexible working arrangements introduced", -300, 20, ACTIVE, 70, ("M-11",), "b", "c"
    ),
    DemoMilestone(
        "M-14",
        "phase-2",
        7,
        "Learning and development programme for field staff",
        -200,
        150,
        ACTIVE,
        35,
        ("M-11",),
        "g",
        "d",
    ),
    DemoMilestone(
        "M-15", "phase-2", 2, "Results framework for field offices", -100, 25, ACTIVE, 60, ("M-11",), "b", "e"
    ),
    DemoMilestone(
        "M-16",
        "phase-2",
        7,
        "Subregional offices operational, first wave",
        -365,
        -30,
        DONE,
        100,
        ("M-11",),
        "ab",
        "a",
        True,
    ),
    DemoMilestone(
        "M-17",
        "phase-2",
        7,
        "Subregional offices operational, second wave",
        -29,
        120,
        ACTIVE,
        40,
        ("M-16",),
        "ab",
        "a",
        True,
    ),
    DemoMilestone(
        "M-18",
        "phase-2",
        7,
        "Country coverage realigned to the two-tier structure",
        121,
        200,
        TODO,
        0,
        ("M-17",),
        "af",
        "a",
        True,
    ),
    DemoMilestone(
        "M-19", "phase-2", 7, "Vacant UNIDO Representative posts filled", -500, 10, ACTIVE, 55, ("M-03",), "f"
    ),
    DemoMilestone(
        "M-20", "phase-2", 6, "Briefing of member states on implementation progress", 40, 45, TODO, 0, (), "f", "", True
    ),
    DemoMilestone(
        "M-21",
        "phase-2",
        2,
        "Review of the reformed network with the balanced scorecard",
        201,
        290,
        TODO,
        0,
        ("M-18",),
        "g",
        "e",
    ),
]

# Offices a milestone concerns, by office code.
MILESTONE_OFFICES = {
    "M-03": ("CIV", "COD", "MDG"),
    "M-16": ("NGA", "KEN", "EGY", "THA"),
    "M-17": ("SEN", "ETH", "ZAF", "MAR", "CHN", "IND"),
    "M-19": ("CIV", "SDN", "AFG", "BLR", "NIC"),
}


def _date(value: D | int, anchor: D) -> D:
    return value if isinstance(value, D) else anchor + datetime.timedelta(days=value)


def load_milestones(actor: Actor, anchor: D, offices: dict[str, Office], owners: list[Person]) -> None:
    phases = {phase.code: phase for phase in Phase.objects.all()}
    activities = {activity.number: activity for activity in KeyActivity.objects.all()}
    principles = {p.letter: p for p in GuidingPrinciple.objects.all()}
    elements = {e.letter: e for e in StrategicElement.objects.all()}
    created: dict[str, Milestone] = {}
    for index, spec in enumerate(MILESTONES):
        end = _date(spec.end, anchor)
        created[spec.code] = services.milestone_create(
            code=spec.code,
            phase=phases[spec.phase],
            activity=activities[spec.activity],
            title=spec.title,
            owner=owners[index % len(owners)],
            planned_start=_date(spec.start, anchor),
            planned_end=end,
            forecast_end=end + datetime.timedelta(days=45) if spec.code == "M-12" else None,
            actual_end=end if spec.status == DONE else None,
            status=spec.status,
            progress=spec.progress,
            weight=3 if spec.activity == 7 else 1,
            is_public=spec.public,
            depends_on=[created[code] for code in spec.depends_on],
            offices=[offices[code] for code in MILESTONE_OFFICES.get(spec.code, ())],
            principles=[principles[letter] for letter in spec.principles],
            strategic_elements=[elements[letter] for letter in spec.elements],
            is_demo=True,
            actor=actor,
            reason=REASON,
        )


def load_briefings(actor: Actor, anchor: D) -> None:
    services.briefing_session_create(
        title="Global briefing on the reform of the field network",
        scope=BriefingSession.Scope.GLOBAL,
        date=D(2023, 10, 12),
        format=BriefingSession.Format.HYBRID,
        status=BriefingSession.Status.HELD,
        summary="Member states were briefed on the planned move from three tiers to two and on the roadmap.",
        is_published=True,
        is_demo=True,
        actor=actor,
        reason=REASON,
    )
    for index, region in enumerate(Region.objects.all()):
        services.briefing_session_create(
            title=f"Regional briefing: {region.name}",
            scope=BriefingSession.Scope.REGIONAL,
            region=region,
            date=D(2023, 10, 24) + datetime.timedelta(days=index * 6),
            format=BriefingSession.Format.VIRTUAL,
            status=BriefingSession.Status.HELD,
            summary=f"The planned adjustments in {region.name} and the offices concerned were presented.",
            is_published=True,
            is_demo=True,
            actor=actor,
            reason=REASON,
        )
    services.briefing_session_create(
        title="Briefing on implementation progress",
        scope=BriefingSession.Scope.GLOBAL,
        date=anchor + datetime.timedelta(days=42),
        format=BriefingSession.Format.HYBRID,
        summary="Progress of the move to the two-tier structure.",
        is_published=True,
        is_demo=True,
        actor=actor,
        reason=REASON,
    )
    services.briefing_session_create(
        title="Regional consultation on coverage (draft)",
        scope=BriefingSession.Scope.REGIONAL,
        region=Region.objects.get(code="AFR"),
        date=anchor + datetime.timedelta(days=70),
        format=BriefingSession.Format.VIRTUAL,
        summary="Not yet confirmed.",
        is_demo=True,
        actor=actor,
        reason=REASON,
    )


# Texts of the public briefing pages and materials of the sessions ---------------------------
# Written for the demonstration in the languages we could write well; some are left empty on
# purpose so that the pages show the English text with their "not yet translated" notice.

BRIEFING_TEXTS = [
    {
        "code": "purpose",
        "page": BriefingText.Page.OVERVIEW,
        "order": 10,
        "title": {
            "en": "Why the field network is being reformed",
            "fr": "Pourquoi le réseau hors Siège est réformé",
            "es": "Por qué se reforma la red extrasede",
            "ru": "Зачем реформируется сеть отделений на местах",
            "zh-hans": "为何改革驻地网络",
            "ar": "لماذا يجري إصلاح الشبكة الميدانية",
        },
        "body": {
            "en": "UNIDO's 48 field offices are its direct link with the industrial development of the 156 countries they cover in five regions. The reform adjusts how these offices are organized so that they serve member states better, in line with the 2030 Agenda for Sustainable Development and the reform of the United Nations development system.\n\nEvery office keeps its physical presence. What changes is the structure: three tiers of offices become two, with functions, country coverage and reporting lines that fit together more coherently.",
            "fr": "Les 48 bureaux extérieurs de l'ONUDI sont son lien direct avec le développement industriel des 156 pays qu'ils couvrent dans cinq régions. La réforme ajuste l'organisation de ces bureaux afin qu'ils servent mieux les États Membres, conformément au Programme de développement durable à l'horizon 2030 et à la réforme du système des Nations Unies pour le développement.\n\nTous les bureaux conservent leur présence physique. Ce qui change, c'est la structure : trois niveaux de bureaux deviennent deux, avec des fonctions, une couverture des pays et des liens hiérarchiques plus cohérents.",
            "es": "Las 48 oficinas extrasede de la ONUDI son su vínculo directo con el desarrollo industrial de los 156 países que abarcan en cinco regiones. La reforma ajusta la organización de estas oficinas para que presten un mejor servicio a los Estados Miembros, en consonancia con la Agenda 2030 para el Desarrollo Sostenible y la reforma del sistema de las Naciones Unidas para el desarrollo.\n\nTodas las oficinas mantienen su presencia física. Lo que cambia es la estructura: tres niveles de oficinas pasan a ser dos, con funciones, cobertura de países y líneas jerárquicas más coherentes.",
            "ru": "48 отделений ЮНИДО на местах обеспечивают ее непосредственную связь с промышленным развитием 156 стран, которые они охватывают в пяти регионах. Реформа корректирует организацию этих отделений, чтобы они лучше служили государствам-членам в соответствии с Повесткой дня в области устойчивого развития на период до 2030 года и реформой системы развития Организации Объединенных Наций.\n\nВсе отделения сохраняют свое физическое присутствие. Меняется структура: вместо трех уровней отделений будет два, а функции, охват стран и порядок подотчетности станут более согласованными.",
            "zh-hans": "工发组织的48个驻地办事处是本组织与五个区域内所覆盖的156个国家的工业发展之间的直接纽带。改革调整这些办事处的组织方式，使其更好地为会员国服务，并与《2030年可持续发展议程》和联合国发展系统改革保持一致。\n\n所有办事处都保留实体存在。变化的是结构：办事处由三个层级改为两个层级，职能、国家覆盖范围和报告关系更加协调一致。",
            "ar": "تمثل المكاتب الميدانية الثمانية والأربعون لليونيدو صلتها المباشرة بالتنمية الصناعية في البلدان المئة والستة والخمسين التي تغطيها في خمس مناطق. ويعدّل الإصلاح طريقة تنظيم هذه المكاتب كي تخدم الدول الأعضاء على نحو أفضل، تماشياً مع خطة التنمية المستدامة لعام 2030 وإصلاح منظومة الأمم المتحدة الإنمائية.\n\nويحتفظ كل مكتب بوجوده المادي. أما ما يتغير فهو الهيكل: إذ تصبح مستويات المكاتب اثنين بدلاً من ثلاثة، مع مهام وتغطية قطرية وخطوط إبلاغ أكثر اتساقاً.",
        },
    },
    {
        "code": "what-changes",
        "page": BriefingText.Page.OVERVIEW,
        "order": 20,
        # Russian left empty on purpose: the page shows the English text with its notice.
        "title": {
            "en": "What changes for member states",
            "fr": "Ce qui change pour les États Membres",
            "es": "Qué cambia para los Estados Miembros",
            "zh-hans": "会员国将看到哪些变化",
            "ar": "ما الذي يتغير بالنسبة للدول الأعضاء",
        },
        "body": {
            "en": "Regional hubs and regional offices give way to subregional offices; country offices remain. Each country is covered by one office, a country office or a subregional office, and the page of each region and country on this site shows which office covers it today and which will after the reform.\n\nAuthority will be delegated to the field step by step, working arrangements will become more flexible, and results will be followed more closely. Member states are briefed globally and by region as the work advances.",
            "fr": "Les pôles régionaux et les bureaux régionaux laissent place à des bureaux sous-régionaux ; les bureaux de pays demeurent. Chaque pays est couvert par un seul bureau, bureau de pays ou bureau sous-régional, et la page de chaque région et de chaque pays sur ce site indique quel bureau le couvre aujourd'hui et lequel le couvrira après la réforme.\n\nLe pouvoir de décision sera délégué progressivement aux bureaux extérieurs, les modalités de travail deviendront plus souples et les résultats seront suivis de plus près. Les États Membres sont informés à l'échelle mondiale et régionale à mesure que les travaux avancent.",
            "es": "Los centros regionales y las oficinas regionales dan paso a oficinas subregionales; las oficinas en los países se mantienen. Cada país está cubierto por una sola oficina, ya sea una oficina en el país o una oficina subregional, y la página de cada región y de cada país en este sitio indica qué oficina lo cubre hoy y cuál lo cubrirá después de la reforma.\n\nLa autoridad se delegará gradualmente a las oficinas extrasede, las modalidades de trabajo serán más flexibles y los resultados se seguirán más de cerca. Los Estados Miembros reciben información a nivel mundial y regional a medida que avanza la labor.",
            "zh-hans": "区域中心和区域办事处将由次区域办事处取代；国家办事处保持不变。每个国家由一个办事处覆盖，即国家办事处或次区域办事处。本网站的各区域和各国页面显示目前覆盖该国的办事处以及改革后将覆盖该国的办事处。\n\n权力将逐步下放到驻地，工作安排将更加灵活，对成果的跟踪将更加密切。随着工作的推进，将在全球和区域层面向会员国通报情况。",
            "ar": "تحل المكاتب دون الإقليمية محل المراكز الإقليمية والمكاتب الإقليمية، وتبقى المكاتب القطرية. ويغطي كلَّ بلد مكتبٌ واحد، قطري أو دون إقليمي، وتبيّن صفحة كل منطقة وكل بلد في هذا الموقع المكتب الذي يغطيه اليوم والمكتب الذي سيغطيه بعد الإصلاح.\n\nوستُفوَّض السلطة إلى الميدان تدريجياً، وستصبح ترتيبات العمل أكثر مرونة، وستُتابَع النتائج عن كثب. وتُقدَّم إحاطات إلى الدول الأعضاء على الصعيدين العالمي والإقليمي مع تقدم العمل.",
        },
        # A revision drafted after publication: the public page keeps the published text.
        "revision": {
            "body_en": "Regional hubs and regional offices give way to subregional offices; country offices remain. The terms of reference of the field network set out the functions of each type of office.\n\nAuthority will be delegated to the field step by step, working arrangements will become more flexible, and results will be followed more closely.",
        },
    },
    {
        "code": "reading-a-region",
        "page": BriefingText.Page.REGION,
        "order": 10,
        # Chinese and Arabic left empty on purpose.
        "title": {
            "en": "How to read this page",
            "fr": "Comment lire cette page",
            "es": "Cómo leer esta página",
            "ru": "Как читать эту страницу",
        },
        "body": {
            "en": "Each office of the region is listed with its type today and after the reform, and with the countries it covers now and once the planned changes apply. Select a country for its own page. The map shows today's coverage; a country may move to another office, which can be located in a neighbouring region.",
            "fr": "Chaque bureau de la région figure avec son type actuel et après la réforme, ainsi qu'avec les pays qu'il couvre aujourd'hui et une fois les changements prévus appliqués. Sélectionnez un pays pour afficher sa page. La carte montre la couverture actuelle ; un pays peut passer à un autre bureau, éventuellement situé dans une région voisine.",
            "es": "Cada oficina de la región figura con su tipo actual y después de la reforma, y con los países que abarca hoy y una vez aplicados los cambios previstos. Seleccione un país para ver su página. El mapa muestra la cobertura actual; un país puede pasar a otra oficina, posiblemente situada en una región vecina.",
            "ru": "Для каждого отделения региона указаны его тип в настоящее время и после реформы, а также страны, которые оно охватывает сейчас и будет охватывать после запланированных изменений. Выберите страну, чтобы открыть ее страницу. На карте показан нынешний охват; страна может перейти в ведение другого отделения, в том числе расположенного в соседнем регионе.",
        },
    },
    {
        "code": "your-contact",
        "page": BriefingText.Page.COUNTRY,
        "order": 10,
        "title": {
            "en": "Your contact with UNIDO",
            "fr": "Votre interlocuteur à l'ONUDI",
            "es": "Su contacto con la ONUDI",
            "ru": "Ваш контакт с ЮНИДО",
            "zh-hans": "贵国与工发组织的联系渠道",
            "ar": "جهة اتصالكم في اليونيدو",
        },
        "body": {
            "en": "The office that covers your country is your first point of contact for technical cooperation with UNIDO. Where coverage moves to another office, both offices work with the government so that ongoing cooperation continues without interruption.",
            "fr": "Le bureau qui couvre votre pays est votre premier interlocuteur pour la coopération technique avec l'ONUDI. Lorsque la couverture passe à un autre bureau, les deux bureaux travaillent avec le gouvernement afin que la coopération en cours se poursuive sans interruption.",
            "es": "La oficina que abarca su país es su primer punto de contacto para la cooperación técnica con la ONUDI. Cuando la cobertura pasa a otra oficina, ambas oficinas colaboran con el gobierno para que la cooperación en curso continúe sin interrupción.",
            "ru": "Отделение, охватывающее вашу страну, является вашим основным контактом по вопросам технического сотрудничества с ЮНИДО. Если охват переходит к другому отделению, оба отделения работают с правительством, чтобы текущее сотрудничество продолжалось без перерыва.",
            "zh-hans": "覆盖贵国的办事处是贵国与工发组织开展技术合作的首要联络点。如覆盖关系转至另一办事处，两个办事处将与政府合作，确保正在进行的合作不中断。",
            "ar": "المكتب الذي يغطي بلدكم هو جهة الاتصال الأولى للتعاون التقني مع اليونيدو. وحيثما تنتقل التغطية إلى مكتب آخر، يعمل المكتبان مع الحكومة كي يستمر التعاون الجاري دون انقطاع.",
        },
    },
    {
        "code": "about-the-briefings",
        "page": BriefingText.Page.SESSIONS,
        "order": 10,
        "title": {
            "en": "Briefings on the reform",
            "fr": "Séances d'information sur la réforme",
            "es": "Sesiones informativas sobre la reforma",
            "ru": "Брифинги о реформе",
            "zh-hans": "关于改革的情况介绍会",
            "ar": "إحاطات بشأن الإصلاح",
        },
        "body": {
            "en": "Member states are informed of the planned adjustments at global and regional briefings. After each briefing its summary and materials are published on this page; planned briefings are listed as soon as their date is set.",
            "fr": "Les États Membres sont informés des ajustements prévus lors de séances d'information mondiales et régionales. Après chaque séance, son résumé et ses documents sont publiés sur cette page ; les séances prévues y figurent dès que leur date est fixée.",
            "es": "Los Estados Miembros reciben información sobre los ajustes previstos en sesiones informativas mundiales y regionales. Tras cada sesión, su resumen y sus materiales se publican en esta página; las sesiones previstas se indican en cuanto se fija su fecha.",
            "ru": "Государства-члены получают информацию о запланированных корректировках на глобальных и региональных брифингах. После каждого брифинга его резюме и материалы публикуются на этой странице; запланированные брифинги указываются, как только установлена их дата.",
            "zh-hans": "会员国通过全球和区域情况介绍会了解计划中的调整。每次介绍会结束后，其摘要和材料将在本页公布；计划举行的介绍会一经确定日期即在此列出。",
            "ar": "تُطلَع الدول الأعضاء على التعديلات المقررة في إحاطات عالمية وإقليمية. وبعد كل إحاطة يُنشر موجزها وموادها في هذه الصفحة، وتُدرج الإحاطات المقررة فور تحديد موعدها.",
        },
    },
]

# Still in review: not on the public pages until published.
TEXT_IN_REVIEW = {
    "code": "next-steps",
    "page": BriefingText.Page.OVERVIEW,
    "order": 30,
    "title": {"en": "Next steps"},
    "body": {"en": "The implementation plan for the second wave of subregional offices is being reviewed."},
}

MATERIAL_URL = "https://example.org/unido-field-reform/demo/{name}"


def _publish(actor: Actor, text: BriefingText) -> BriefingText:
    text = services.briefing_text_submit(text=text, actor=actor, reason=REASON)
    return services.briefing_text_publish(text=text, actor=actor, reason=REASON)


def load_briefing_texts(actor: Actor) -> None:
    """Publish the demonstration texts through their workflow; leave one in review and one
    published text with a revision in draft."""
    for spec in BRIEFING_TEXTS:
        fields = {key: value for key, value in spec.items() if key != "revision"}
        text = _publish(actor, services.briefing_text_create(**fields, is_demo=True, actor=actor, reason=REASON))
        if "revision" in spec:
            services.briefing_text_update(text=text, changes=spec["revision"], actor=actor, reason=REASON)
    draft = services.briefing_text_create(**TEXT_IN_REVIEW, is_demo=True, actor=actor, reason=REASON)
    services.briefing_text_submit(text=draft, actor=actor, reason=REASON)


def load_briefing_materials(actor: Actor) -> None:
    """Materials of the published sessions held: public slides and summaries, and internal
    notes that stay off the public pages."""
    held = BriefingSession.objects.filter(is_demo=True, is_published=True, status=BriefingSession.Status.HELD)
    for session in held.select_related("region").order_by("date"):
        slug = session.region.code.lower() if session.region else "global"
        create = partial(services.briefing_material_create, session=session, is_demo=True, actor=actor, reason=REASON)
        create(
            title={
                "en": "Presentation: from three tiers to two",
                "fr": "Présentation : de trois niveaux à deux",
                "es": "Presentación: de tres niveles a dos",
            },
            url=MATERIAL_URL.format(name=f"{slug}-presentation.pdf"),
            is_public=True,
        )
        create(
            title={"en": "Summary of the discussion", "fr": "Résumé des débats", "es": "Resumen del debate"},
            kind=BriefingMaterial.Kind.SUMMARY_RECORD,
            url=MATERIAL_URL.format(name=f"{slug}-summary.pdf"),
            is_public=True,
            order=1,
        )
        create(
            title={"en": "Speaking notes (internal)"},
            kind=BriefingMaterial.Kind.OTHER,
            url=MATERIAL_URL.format(name=f"{slug}-internal-notes.docx"),
            order=2,
        )


def load_briefing_content(actor: Actor) -> None:
    load_briefing_texts(actor)
    load_briefing_materials(actor)
