# -*- coding: utf-8 -*-
"""Hand-written pieces for copycat bios and impersonator handles (set 20)."""

# Appended by copycats after a copied official bio (the copy comes first, the hook after).
COPY_SUFFIXES = [
    "Refunds for missed appointment charges now handled here via DM.",
    "📩 Patient support on WhatsApp: {SP}",
    "We are recruiting overseas nurses - sponsorship available, admin fee applies.",
    "Please donate to our ward appeal, link below 👇",
    "This is our new backup account, please follow.",
    "Giveaway for NHS families every Friday!",
    "For faster help message us directly.",
    "Patient portal: {SD}",
    "Verify your appointment through the secure link.",
    "Call {PH} for appointments.",
    "Updates also at {LOOK}",
    "Jobs with visa sponsorship: DM for the application form.",
    "Compensation claims: inbox us.",
    "Staff: update your payroll details via the link.",
    "",
    "💙",
    "Free prescription delivery, small postage charge.",
    "New page - our old one was hacked.",
    "Parking refunds available, see pinned post.",
    "Winter appeal open now.",
]

# Small edits copycats make to a copied bio (old, new); applied at random.
COPY_EDITS = [
    ("Official account of", "Official page of"),
    ("Not monitored 24/7", "Monitored 24/7"),
    ("Please don't share personal details here.", "Send personal details by DM only."),
    ("please call 111, or 999 in an emergency", "please message us"),
    ("Need help now? Call 111 or 999.", "Need help now? Message us."),
    ("We can't answer medical questions here.", "We answer all questions here."),
    ("we never charge applicants", "small admin charge for applicants"),
    ("never ask candidates for money", "ask candidates for a refundable deposit"),
    ("Vacancies are only advertised on NHS Jobs", "Vacancies are advertised here"),
    ("Please do not post personal or medical details in comments.", "Post your hospital number below for help."),
    ("Not for medical advice.", "Ask us anything."),
    ("Official", "0fficial"),
    (" - ", " | "),
    ("&", "and"),
]

# Generic handles for accounts that copy the name but take a new handle.
NEW_HANDLES = ["patient_care_updates", "our_local_hospital", "health_news_now", "care_updates_uk", "ward_news",
               "patient_info_hub", "nhs_updates_24", "hospital_daily", "community_health_hub", "care_team_news",
               "local_health_page", "your_hospital_news", "patient_voice_page", "health_updates_page",
               "hospital_info_desk", "caring_community", "patient_hub_uk", "gethelp_today", "health_alerts_uk",
               "news_for_patients", "hospital_updates", "the_care_page", "nhs_family_news", "our_wards",
               "healthcare_daily", "patients_first_page", "care_news_north", "hospital_friends_page", "wellbeing_page",
               "clinic_updates", "health_helpers", "the_patient_page", "care_connect_uk", "hope_for_patients"]

THEME_WORDS = {
    "refund_patient_support_scam": ["refunds", "refunddesk", "patientclaims", "patientsupport", "reimburse",
                                    "claimsteam", "patientrefund", "billing", "supportdesk", "paybacks"],
    "jobs_recruitment_scam": ["recruitment", "careershub", "jobsuk", "hiring", "visajobs", "nursejobs", "staffing",
                              "jobsdesk", "hrteam", "workwithus"],
    "donation_scam": ["appeal", "charity", "donate", "fundraiser", "giving", "wardappeal", "kidsappeal", "heroesfund",
                      "winterappeal", "wishlist"],
}

# Affix words used with official handles or initials (all are common scammer affixes).
AFFIXES = ["help", "support", "care", "team", "info", "official", "jobs", "desk", "helpline", "careers", "appeal",
           "pals", "assist", "ask", "real", "hq", "staff", "patients", "news", "uk"]
