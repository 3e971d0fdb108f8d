"""The reform roadmap: its plan (phases, key activities, principles, strategic elements),
milestones, and the briefing of member states (sessions, materials, public texts)."""

from roadmap.models.briefings import BriefingMaterial, BriefingSession, BriefingText
from roadmap.models.milestones import Milestone, MilestoneDependency
from roadmap.models.plan import LETTER, GuidingPrinciple, KeyActivity, Phase, StrategicElement

__all__ = [
    "LETTER",
    "BriefingMaterial",
    "BriefingSession",
    "BriefingText",
    "GuidingPrinciple",
    "KeyActivity",
    "Milestone",
    "MilestoneDependency",
    "Phase",
    "StrategicElement",
]
