"""What a profile's text says: scam cues, labels (parody, staff, independent), domains and phone numbers.

The scam cues are the ones public reports of NHS and healthcare impersonation describe (the sources are listed in
evals/data/impersonation_nhs/SOURCES.md and docs/impersonation.md): contact moved to WhatsApp or Telegram; payment
by PayPal friends and family, gift cards, crypto or bank transfer; fees for jobs, visas or bookings; refunds,
compensation and "goodwill payments" offered to patients; personal, card or NHS-number details asked for by
direct message; shortened links and "verify your account" pages; a mobile number given as an organisation's
contact. A cue in a sentence that negates it ("we never ask for gift cards", "only donate through our website")
is a warning, not a cue.

Every function here reads `readable` text: invisible characters, styled letters and homoglyphs are already gone,
so a name with a zero-width joiner inside, or "PayPal" in mathematical bold letters, reads as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

# (cue, how a person would say it, pattern); matched case-insensitively on readable text.
# Pieces of wording shared by the scam cues and the donation channels below.
# Payment apps, gift cards, crypto and money transfer services: paid out to whoever holds the account.
_PAYMENT_APPS = (
    r"friends\s*(&|and)\s*family|gift\s?cards?|(amazon|apple|itunes|google\s*play|steam|argos)"
    r"\s+(gift\s+)?(cards?|vouchers?)|\bvouchers?\b|bitcoin|\bbtc\b|\busdt\b|\beth\b|crypto|wallet\s+(address|in)"
    r"|western\s+union|moneygram|cash\s?app|revolut|venmo|monzo\.me"
)
_PREMIUM_RATE = r"\b09\d{2}\s?\d{3}\s?\d{3,4}\b"
_UK_MOBILE = r"(\+44\s?7\d{3}|\b07\d{3})\s?\d{3}\s?\d{3}"
# Money paid to "our treasurer", "the accounts officer", or into a personal account ("personal account" alone is how
# staff label their own accounts: it is a payment only after money words).
_PAID_TO_A_PERSON = (
    r"\b(pay|paid|payments?|donations?|donate|money|send|transfer)\b[^.!?\n]{0,40}\b(our|my|the|a)\s+"
    r"(\w+\s+)?(treasurer|accounts?\s+officer|agent|manager|co-?ordinator|organi[sz]er|founder)('?s)?\b|"
    r"\b(pay|paid|payments?|donat\w*|money|funds|send|transfer|fees?|deposit|into)\b[^.!?\n]{0,40}"
    r"\bpersonal\s+(bank\s+)?account\b"
)

# Fake hospital pages collect for a named child's operation ("save baby's life, urgent operation needed"); NHS care
# is free at the point of use, and NHS charities do not run appeals for one patient's treatment.
_PERSONAL_APPEAL = (
    r"\bsave\s+(baby'?s?|his|her|their|little\s+\w+'s)\s+life\b|\burgent\s+(operation|surgery)\s+(is\s+)?needed\b|"
    r"\bneeds?\s+(an?\s+)?(urgent\s+|life-?saving\s+)?(surgery|operation)\b|\bnot\s+available\s+on\s+the\s+nhs\b|"
    r"\b(help|support)\s+(a|our)\s+(nurse|doctor|colleague|porter|midwife|paramedic|cleaner)\b[^.!?\n]{0,60}\bwhose\b"
)

# Channels a person answers privately: warnings keep money and cases off them ("never by DM", "not via WhatsApp").
_PRIVATE_CHANNELS = (
    r"(dms?|direct\s+messages?|private\s+messages?|messages?|pms?|whats\s?app|telegram|text(\s+message)?|"
    r"social\s+media)"
)

_CUES: tuple[tuple[str, str, str], ...] = (
    (
        "off_platform_contact",
        "moves contact to WhatsApp, Telegram or Signal",
        r"whats\s?app|\bwa\.me\b|telegram|\bt\.me/|\bsignal\s+(app|me|us|only)\b",
    ),
    (
        "untraceable_payment",
        "asks for payment by PayPal, gift cards, vouchers, crypto, payment apps, live-stream gifts or money transfer",
        # PayPal Giving Fund is how registered charities take PayPal donations; "PayPal" otherwise is a person's.
        # Gifts sent on a TikTok or Instagram live are paid out to the account holder, whoever they claim to be.
        r"pay\s?pal(?!\s*giving\s+fund)|" + _PAYMENT_APPS + r"|"
        r"\bsend\s+(us\s+|me\s+)?(gifts|roses|coins)\b|\b(gifts?|roses|coins)\s+(on|in|during)\s+(the\s+|our\s+|my\s+)?live\b|"
        r"\blive\s+gifts?\b",
    ),
    (
        "bank_details",
        "asks for or gives bank details",
        r"sort\s*code|account\s+(number|no\.?)|\bacc(t)?\s*(no\.?\s*)?\d{6,}|\biban\b|bank\s+(transfer|details|account)|"
        # Phishing for a bank's own sign-in: no refund, grant or payment is ever paid that way.
        r"online\s+banking|bank(ing)?\s+(log\s?-?in|sign[-\s]?in|password)|"
        r"\btransfer\s+(it\s+)?(to|into)\s+(the|our|this|my)\s+account\b",
    ),
    (
        "fee",
        "asks for a fee or deposit",
        r"\b(application|registration|admin(istration)?|processing|booking|onboarding|training|uniform|dbs|oath|"
        r"interview|visa|cos|placement|medical|verification|courier|delivery|assessment|equipment|starter|kit|"
        r"exam|certificate|screening)\s+(fee|deposit|charge|cost|bond)s?\b|deposit\s+(is\s+)?required|"
        # "Registration £295", "Training bond: £850": a price on joining, which NHS employers never charge.
        r"\b(application|registration|processing|onboarding|training|uniform|dbs|visa|cos|placement|assessment|"
        r"equipment|starter|kit|exam|screening)\s+(fee\s+|deposit\s+|bond\s+)?(:\s*|of\s+|is\s+)?£\s?\d|"
        r"\b(pay|paid)\s+(before|in\s+advance\s+of)\s+(you\s+)?(start|training|your\s+first|induction)|"
        r"\bpay\s+(the\s+|your\s+)?(registration|application|processing|visa|dbs|onboarding|placement)\b|"
        r"\bfees?\s+(upfront|in\s+advance|required|apply|applies|payable)|\blegal\s+fees?\b|"
        # NHS scam texts ask for a small "postage" or "delivery" charge to send a prescription or a card.
        r"\bpay\s+(the\s+|a\s+|only\s+(the\s+)?)?(postage|delivery\s+charge)|\bpostage\s+(fee|charge|of\s+£)|"
        r"\b(pay|paid)\s+(your|the|a)\s+(\w+\s+){1,2}(fee|deposit)s?\b|\bdeposit\s+(first|upfront|now)\b|\bupfront\b|refundable\s+(deposit|fee|after)|"
        r"\b(pay|paid)\s+(a|an|the|your|just|only)?\s*£\s?\d|£\s?\d+(\.\d\d)?\s+(fee|deposit|charge)|"
        r"training\s+pack|pay\s+after\s+visa",
    ),
    (
        "sensitive_details",
        "asks for NHS number, card, bank or identity details",
        r"\b(send(ing)?|dm|message|reply\s+with|confirm|verify|share|provide|submit|enter|inbox|text|whatsapp)\b"
        r"[^.!?\n]{0,60}\b(nhs\s+number|hospital\s+number|card(\s+(details|number))?|bank\s+details|sort\s*code|"
        r"date\s+of\s+birth|\bdob\b|passport|booking\s+reference|reference(\s+number)?|pin\b|password|cvv|ni\s+number|"
        r"security\s+code|full\s+name|national\s+insurance|address)",
    ),
    (
        "support_by_dm",
        "takes complaints or support requests by direct message (angler phishing)",
        r"complaints?[^.!?\n]{0,30}\b(by|via|in|over)\s+(dm|direct\s+message|private\s+message|whats\s?app)|"
        r"(reply|respond)\s+to\s+(every|all|your)\s+complaints?|\bdm\s+us\s+(your|with\s+your)\b",
    ),
    (
        "money_offer",
        "offers refunds, compensation or payments",
        r"\brefund(s|ed)?\b|compensation|goodwill\s+payment|hardship\s+(payment|grant|fund)|claim\s+back|"
        r"you\s+(may|could)\s+be\s+owed|eligible\s+for\s+(a\s+)?(payment|refund|grant)|\bowed\b|overcharged|"
        r"overpaid|cashback|free\s+money|\bclaim\s+(now|today|your)|money\s+back|"
        # "Claim £300 via link", "receive your £150 grant", "baby grant of £250": cash handed out to whoever asks,
        # as the cost-of-living and energy-payment scams in Action Fraud and NHS warnings promise.
        r"\b(claim|receive|get)\s+(your\s+|a\s+|an\s+)?£\s?\d|£\s?\d[\d,]*\s+(grant|payout|rebate|voucher)s?\b|"
        r"\b(grant|payout|rebate)\s+of\s+£\s?\d|overpayment\s+(recovery|refunds?|claims?)|unclaimed\s+(money|expenses|"
        r"refunds?|payments?)|free\s+(energy\s+|food\s+|fuel\s+)?vouchers?",
    ),
    (
        "recruitment_lure",
        "recruits in ways real NHS employers do not (fees, visas for sale, hiring by DM)",
        r"certificate\s+of\s+sponsorship|\bcos\b\s+(for\s+sale|available|ready|guaranteed|included)|visa\s+sponsorship|"
        r"\b(is|are|now)\s+sponsoring\b|sponsorship\s+(guaranteed|available|included|ready)|no\s+ielts|"
        # The English and registration exams every overseas doctor or nurse sits; "no interview" for an NHS post.
        r"\b(no|skip(\s+the)?)\s+(plab|oet|cbt|osce|nmc\s+pin|gmc\s+registration)s?\b|"
        r"\bno\s+interviews?\s+(needed|required)|"
        # "Visa + flights + accommodation included", "OSCE training plus visa in one package": overseas job lures.
        r"\bvisa\s*(\+|and|plus|&|,)\s*(flights?|accommodation|travel|relocation)|\bvisa\s+(in\s+one\s+package|included)|"
        r"\b(osce|plab|ielts|oet|cbt)\s+(training\s+|course\s+)?(plus|\+|and|&)\s+(a\s+)?visa\b|"
        r"no\s+experience|direct\s+hir(e|ing)|offer\s+letter|"
        r"(dm|message|inbox|text)\s+(me\s+|us\s+)?(['\"\u2018\u201c]?\w+['\"\u2019\u201d]?\s+)?to\s+(apply|start|begin|register)|"
        r"apply\s+(now\s+)?(via|by|through|on|in)\s+(a\s+)?(dm|direct\s+message|whats\s?app|telegram|inbox)|"
        r"comment\s+['\"\u2018\u201c]?(help|interested|yes|info|job)|we\s+(will|'ll)\s+inbox\s+you|"
        r"interviews?\s+(are\s+)?(held|done|conducted)?\s*(on|via)\s+(whats\s?app|telegram)|"
        r"£\s?\d[\d,]*\s*(/|per|a)\s*(day|week)|hiring\s+overseas|overseas\s+nurses|"
        r"hiring\s+\w+\s+(personally|directly)|fast[-\s]?track\s+(offers?|visas?|jobs?|placements?)|"
        r"work\s+from\s+home\s+(admin|data|typing|jobs?|roles?)|"
        # NHS employers recruit through NHS Jobs and their own addresses, never a recruiter's webmail.
        r"\b(cvs?|resumes?|applications?)\b[^.!?\n]{0,40}\b(gmail|hotmail|yahoo|outlook|icloud)\b|"
        r"\bpersonal\s+(gmail|hotmail|yahoo|outlook|icloud|e-?mail)\b",
    ),
    (
        "paid_priority",
        "offers a place higher up a waiting list or queue (NHS treatment and NMC registration cannot be bought)",
        # Police and NHS warnings describe "consultants" asking payment to progress through a waiting list; an
        # agent selling a faster professional registration is the same offer. No genuine body sells its own queue.
        r"\b(skip|jump|beat|bypass)\s+(the\s+)?(\w+\s+)?(waiting\s+lists?|queues?)\b|"
        r"\bmove\s+(you\s+)?up\s+the\s+(waiting\s+)?list\b|"
        r"\bfast[-\s]?track\s+(your\s+)?(appointment|surgery|operation|treatment|referral|scan|registration|pin)s?\b",
    ),
    (
        "lure_link",
        "sends people to a shortened link or a 'verify your account' page",
        r"\b(bit\.ly|tinyurl\.com|cutt\.ly|rb\.gy|is\.gd|goo\.gl|ow\.ly|t\.ly|shorturl\.at|linktr\.ee)\b|"
        r"verify\s+your\s+(account|details|identity)|"
        r"\b[a-z0-9-]*(verify|refund|claim|compensation|resolve|secure|login|unlock)[a-z0-9-]*\.[a-z]{2,}|"
        r"(confirm|verify|update|validate)\s+your\s+(details|identity|account|information|eligibility)|"
        # Staff "discount" and "benefit" pages that harvest NHSmail logins.
        r"(verify|sign\s+in|log\s?in|register)\s+(with\s+|using\s+)?your\s+(work|nhs|staff|nhsmail)\s*(e-?mail|mail|login|address)?"
        r"\b|nhs\s?mail\s+(log\s?in|password|details)",
    ),
    (
        "personal_contact_for_organisation",
        "gives a mobile number or 'message me' as an organisation's or executive's contact",
        # "Text DONATE to 70085" is a registered charity's short code; a text to a mobile number is caught above.
        _UK_MOBILE + r"|message\s+me\s+(on|for|directly)|\b(msg|dm|pm|inbox)\s+me\b|"
        r"in\s+meetings|quick\s+favou?r",
    ),
    (
        "payment_to_person",
        "sends payments or donations to a named person or a personal account",
        # Fraud guidance on fake appeals and job offers: money paid to "our treasurer", "the accounts officer" or
        # a manager's own account while "our bank is updated"; a registered body takes payments in its own name.
        _PAID_TO_A_PERSON + r"|while\s+our\s+bank\s+(account\s+)?is\s+(being\s+)?(updated|changed|set\s+up)",
    ),
    (
        "premium_rate",
        "asks people to call or text a premium-rate (09) number",
        # Text-giving short codes are five digits ("text KVH to 70085"); an 09 number bills the caller per minute.
        _PREMIUM_RATE,
    ),
    (
        "giveaway",
        "runs a giveaway or prize draw to collect contacts (comment, like and share, DM to claim)",
        r"\bgiv(ing|e)\s+away\b|\bgiveaway|\blucky\s+(winners?|nurses|followers|staff|patients|families|people)|"
        r"\bcomment\s+['\"\u2018\u201c]?\w+['\"\u2019\u201d]?\s+(and|&)\s+(dm|message|inbox)|"
        r"\blike\s*(&|and|\+)\s*share\s+to\s+(enter|win)|\bshare\s+to\s+win\b|\bfree\s+gifts?\b|"
        # Like-farming: "1 share = 1 blanket", "for every share our sponsor donates £1".
        r"\b1\s+share\s*=|\bfor\s+every\s+(share|like)\b",
    ),
    (
        "moved_account",
        "says the official account is closing, restricted or hacked and asks people to follow this one",
        r"follow\s+(our|my|this)\s+new\s+(account|page|profile)|"
        r"\b(old|main|official|previous)\s+(account|page|profile)\s+(is|has\s+been|was|got)\s+"
        r"(closing|closed|restricted|hacked|suspended|deleted|disabled|compromised)|"
        r"(please\s+)?follow\s+us\s+here\s+(for|instead)|"
        r"\b(old|main|previous|original)\s+(account|page|profile)\s+(was\s+|got\s+)?(hacked|compromised)\b|"
        r"\buse\s+this\s+(one|account|page|profile)\s+(now|instead)?|"
        # "The other one is not run by us any more": the Trust's real account called abandoned or fake.
        r"\b(old|other|previous|original)\s+(account|page|profile|one)\s+is\s+(no\s+longer|not)\s+"
        r"(used|active|monitored|run\s+by\s+us|ours)|\bnew\s+official\s+(account|page|profile)\b",
    ),
    (
        "investment_offer",
        "offers investment returns, trading or passive income (the lure of fake executive and celebrity endorsements)",
        # FCA ScamSmart and Action Fraud: investment fraud on social media borrows a trusted person's name and promises
        # forex or crypto trading profits, passive income or guaranteed returns; no NHS leader sells investments.
        r"\bforex\b|passive\s+income|\bgrow\s+(your|their|my)\s+(savings|money|wealth|income)\b|"
        r"\binvestment\s+(opportunit\w+|plans?|schemes?|club|group)|guaranteed\s+(returns?|profits?|income)|"
        r"\btrading\s+(signals?|mentor\w*|academy|course)|\d+\s?%\s+(returns?|profits?|roi|(a|per|every)\s+(day|week|month))|"
        r"financial\s+freedom|binary\s+options|\bearn\s+(extra\s+)?(£\s?\d[\d,]*\s+)?(from\s+home|daily|weekly|a\s+day|a\s+week)",
    ),
    (
        "personal_appeal",
        "raises money for one patient's operation or emergency in a hospital's name",
        _PERSONAL_APPEAL,
    ),
    (
        "donation_request",
        "asks the public for donations outside the Trust's charity",
        r"\bdonate\s+(by|via|at|to|with|in)\b|send\s+what\s+you\s+can|every\s+£\s?\d+\s+helps|"
        r"\bappeal\b[^.!?\n]{0,60}\b(donate|send|pay|give)|"
        # Charity Commission advice: a collecting charity gives its registered number; "pending" is no number.
        r"\bcharity\s+(reg(istration|istered)?\.?\s+)?(no\.?|number|status)\s+(is\s+)?pending\b|"
        r"\bpending\s+(charity\s+)?registration\b|"
        r"\bcharity\s+(reg(istration|istered)?\.?\s+)?pending\b|\bregistered\s+charity\s*\(\s*pending\s*\)",
    ),
)
CUES = tuple((name, description, re.compile(pattern, re.IGNORECASE)) for name, description, pattern in _CUES)

# Words before a cue, in its own sentence, that turn it into a warning ("we never ask for gift cards").
_NEGATION = re.compile(
    r"\b(never|not|don'?t|do\s+not|won'?t|will\s+not|no\s+one|nobody|beware\s+of|scams?\s+(asking|offering)|"
    r"fake\s+(accounts?|pages?|profiles?)|report\s+(any|anyone|accounts?|pages?|people))\b"
    # "Fake refund pages": the cue named as the scam it is.
    r"[^.!?\n]{0,40}$|\bfake\s+$",
    re.IGNORECASE,
)
# Words after a cue, in its own sentence, that keep it off private channels ("Refunds go through the cashiers'
# office - never via DMs", "Donate at our website - we never ask for donations by DM"): the warning NHS England's
# and Action Fraud's guidance gives, which no scam gives about its own channel.
_TRAILING_WARNING = re.compile(
    r"\b(never|not|don'?t|do\s+not|won'?t|will\s+not)\b[^.!?\n,;]{0,30}?\b(via|by|through|over|on|in)\s+"
    + _PRIVATE_CHANNELS
    + r"\b|"
    r"\b(never|not)\s+online\b",
    re.IGNORECASE,
)
# A sentence telling people to use official channels only ("Donate safely via our website only").
_OFFICIAL_ONLY = re.compile(
    r"\bonly\b[^.!?\n]{0,40}\b(official|our)\s+(website|site|channels?)|\b(official|our)\s+(website|site)\s+only\b|"
    # "Parking refunds are only via the cashier's office": money handled in person at the hospital.
    r"\bonly\s+(via|through|at|from|in|by)\s+(the\s+|our\s+)?(cashier'?s'?|cash)\s+office\b|\bonly\s+in\s+person\b|"
    r"\b(claimed|handled|paid|made|given|processed|collected)\s+(only\s+)?(in\s+person|by\s+(letter|post)|"
    r"at\s+(the\s+)?(main\s+)?(reception|cashier'?s'?\s+office|cash\s+office|pals\s+office))\b",
    re.IGNORECASE,
)
# "Charity no. 1234" and "Reg. pending" are abbreviations, not sentence ends.
_SENTENCES = re.compile(r"(?<=[.!?|•\n])(?<![Nn]o\.)(?<![Rr]eg\.)\s+|\s+[|•]\s+")

# Cues whose money or contact goes to a person rather than to a registered charity.
PERSONAL_CHANNEL_CUES = frozenset(
    {
        "untraceable_payment",
        "bank_details",
        "off_platform_contact",
        "personal_contact_for_organisation",
        "premium_rate",
        "payment_to_person",
    }
)
# Ways to collect money that a registered charity does not use for its own appeals, beyond the scam cues: a
# personal crowdfunding page, donations taken by direct message.
_PERSONAL_COLLECTION = re.compile(
    r"go\s?fund\s?me|crowd\s?fund\w*\s+page|\b(dm|message|inbox|pm)\s+(us\s+|me\s+)?(to|for|and)\s+"
    r"(donate|give|pay|bank|payment)|\b(donat\w*|order|buy|pay)\s+(by|via|through|in|over)\s+"
    r"(dm|direct\s+message|inbox|pm)\b",
    re.IGNORECASE,
)
# Ways of collecting an appeal's money that fraud guidance on fake appeals names and that no registered charity uses
# for its own (Charity Commission and Fundraising Regulator "give safely" advice, Action Fraud on charity fraud):
# PayPal friends and family, gift cards and vouchers, crypto, money transfer services and payment apps, a
# premium-rate number, money sent to a named person or a personal account, bank details handed out by DM or a
# mobile number to transfer to, an appeal that says it is outside any registered charity, and one patient's
# operation (above) collected for in a hospital's name. Plain PayPal, bank
# transfer and crowdfunding pages are left out: small Leagues of Friends use them too.
_UNTRACEABLE_DONATION = re.compile(
    f"{_PAYMENT_APPS}|{_PREMIUM_RATE}|{_PAID_TO_A_PERSON}|{_PERSONAL_APPEAL}|"
    r"\bdetails\s+(are\s+)?(in|by|via|over|through)\s+(dms?|direct\s+messages?|inbox|pms?|private\s+messages?|"
    r"whats\s?app)\b|\b(dm|message|inbox|pm)\s+(us\s+|me\s+)?for\s+(the\s+)?(bank|account|payment)\s+details|"
    r"\b(transfer|send|pay|pledge|text|whats\s?app)\b[^.!?\n]{0,40}" + _UK_MOBILE + r"|"
    r"\bnot\s+(through|via|to)\s+(the|a|any)\s+(registered\s+)?charit(y|ies)|"
    r"\bnot\s+(a\s+)?registered\s+charity|\bnot\s+affiliated\s+with\s+(a|any)\s+(registered\s+)?charit(y|ies)",
    re.IGNORECASE,
)
# A bio collecting money: an appeal, a donation request, a shortfall, something to buy for the cause.
FUNDRAISING = re.compile(
    r"\b(donat\w*|appeal|fund\s?rais\w*|raising\s+(money|funds)|help\s+us\s+raise|every\s+£|send\s+what\s+you\s+can|"
    r"£\s?\d[\d,]*\s+short|short\s+of\s+£|(buy|order)\s+an?\s+(\w+\s+)?(badge|raffle|ticket)s?)",
    re.IGNORECASE,
)
# "Registered charity no. 1234567", "Charity number: SC012345".
_CHARITY_NUMBER = re.compile(
    r"\bcharity\s*(?:reg(?:istration|istered)?\.?\s*)?(?:no\.?|number|num\.?|#)?\s*[:.#]?\s*"
    r"((?:SC|NIC)\s?\d{6}|\d[\d ]{4,8}\d)(?:-\d{1,2})?\b",
    re.IGNORECASE,
)
# Giving platforms where registered charities take donations on their own pages.
CHARITY_GIVING_PLATFORMS = frozenset(
    {"justgiving.com", "enthuse.com", "localgiving.org", "cafonline.org", "virginmoneygiving.com", "givey.com"}
)

_PARODY = re.compile(
    r"\b(parody|satire|satirical|spoof|fan\s*(account|page|acc)|fanpage|not\s+(the\s+)?(real|official)|"
    r"unofficial)\b",
    re.IGNORECASE,
)
# "Formerly a fan page. Rebranding.", "Ex-football fan page, now …": a renamed account saying what it was.
_USED_TO_BE = re.compile(r"\b(formerly|previously|used\s+to\s+be|was|ex)\b[\s-]+(an?\s+)?([\w-]+\s+)?$", re.IGNORECASE)


def parody_label(text: str) -> re.Match[str] | None:
    """The words of `text` labelling the account parody, fan or unofficial, or None; a label on what the account
    used to be is none."""
    for match in _PARODY.finditer(text):
        if not _USED_TO_BE.search(text[max(0, match.start() - 40) : match.start()]):
            return match
    return None


# An organisation or person saying it is not the Trust ("We are not part of …", "independent charity").
DISCLAIMER = re.compile(
    # "Not affiliated with any registered charity" is an appeal outside the charity register, not a disclaimer.
    r"\b(not\s+(officially\s+)?(part\s+of|affiliated(?!\s+with\s+(a|any)\s+(registered\s+)?charit)|associated|endorsed|connected|run\s+by(?!\s+us\b))|no\s+affiliation|"
    r"not\s+an?\s+official\b|"
    r"independent\s+(champion|charity|voice|organisation|group|news|body)|not\s+this\s+account|"
    r"not\s+for\s+patient\s+enquiries|"
    # Another public body of the same place speaking for itself ("Integrated care board for Lancashire and South
    # Cumbria", "Official council account"): its name shares the Trust's geography, not its identity.
    r"integrated\s+care\s+(board|system)\s+(for|of|covering)|official\s+(council|icb)\s+(account|page))\b",
    re.IGNORECASE,
)
# The advice a genuine NHS team gives its followers, echoing NHS Jobs and NHS England's fraud guidance ("we never
# charge a fee or ask for payment", "please don't share personal or medical details here"): the opposite of a scam.
SAFETY_NOTICE = re.compile(
    r"\b(never|won'?t|will\s+not|do\s+not|don'?t)\s+(ever\s+)?(ask|charge|take|request)\b[^.!?\n]{0,40}"
    r"\b(fees?|payments?|pay|money|bank|passwords?|card|details)\b|"
    r"\b(please\s+)?(don'?t|do\s+not)\s+(share|post)\b[^.!?\n]{0,30}\b(personal|medical|clinical)\b|"
    # "Report anyone asking for money", "beware of accounts offering refunds - they are not us", "handled by letter,
    # never by social media": the same advice, naming the scam rather than the Trust's own practice.
    r"\breport\s+(anyone|any\s+one|any\s+accounts?|any\s+pages?|accounts?|people)\s+(asking|offering)\b|"
    r"\b(not|never)\s+(by\s+|via\s+|over\s+|through\s+)?(dms?|direct\s+messages?|whats\s?app)\b|\bbeware\s+of\s+(any\s+)?"
    r"(accounts?|pages?|anyone|people|profiles?)\s+(offering|asking|claiming)\b|\bthey\s+are\s+not\s+us\b|"
    r"\b(never|don'?t|do\s+not|won'?t)\b[^.!?\n]{0,25}?\b(by|via|through|over|on)\s+" + _PRIVATE_CHANNELS + r"\b",
    re.IGNORECASE,
)
# A ward or department's own page saying so ("Team account for our critical care at …"): a person looks at it in
# the digest, as at a team page warning against scams, unless it shows deception.
# Money handled through the organisation's own channels: its own website, in person at a desk or office, payroll.
# A bio saying so describes how a real office, charity or staff scheme works, which a reading of what a bio is about
# cannot tell from a scam's offer.
OWN_MONEY_CHANNEL = re.compile(
    r"\b(via|through|on|at)\s+our\s+(own\s+)?(web\s?)?site\b|\bour\s+own\s+(web\s?)?site\b|\bin\s+person\b|"
    r"\breception\s+desk\b|\bcashier'?s?'?\s+office\b|\bpayroll\b|\bnot\s+open\s+to\s+the\s+public\b",
    re.IGNORECASE,
)
TEAM_PAGE = re.compile(r"\bteam\s+(account|page)\b", re.IGNORECASE)
STAFF = re.compile(
    r"\b(views?\s+(are\s+)?(my\s+)?own|opinions?\s+(are\s+)?(my\s+)?own|own\s+views|views\s+own|opinions\s+mine|"
    r"personal\s+account|(rts?|retweets?|likes)\s*(≠|!=|=/=|are\s+not|aren'?t|do\s+not\s+equal|not)\s*endorse\w*|"
    # "Help a nurse at …" is an appeal about someone, not a member of staff describing themselves.
    r"(?<!help\sa\s)(?<!support\sa\s)(?<!for\sa\s)"
    r"(nurse|midwife|doctor|dr|consultant|registrar|surgeon|physio(therapist)?|matron|paramedic|hca|"
    r"pharmacist|radiographer|porter|anaesthetist|anesthetist|gp|sister|student|practitioner|navigator|"
    r"therapist|healthcare\s+assistant|assistant|educator|fy[12]|st[1-8]|sho|technician|scientist)\s+"
    r"(at|@|in|for|with|based\s+at)\b|working\s+as\s+an?\s|(newly\s+)?qualified\s)",
    re.IGNORECASE,
)
_PERSONAL_ACCOUNT = re.compile(r"personal\s+account", re.IGNORECASE)
_PAYMENT_WORDS = re.compile(
    r"\b(pay|paid|payments?|donat\w*|money|funds|send|transfer|fees?|deposit|bank)\b", re.IGNORECASE
)
PHONE = re.compile(r"(?:\+|00)?\d[\d\s().-]{7,}\d")
DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\b", re.IGNORECASE)
# Suffixes the NHS and its bodies use; a domain calling itself "nhs" anywhere else imitates them.
NHS_SUFFIXES = (".nhs.uk", ".nhs.net", ".nhs.scot", ".nhs.wales", ".hscni.net")
# Link services everyone uses: their domains are never lookalikes, whatever their path names.
# Characters of an official bio below which a copy is judged on the whole text only.
MIN_COPIED_BIO = 40
LINK_SERVICES = frozenset({"paypal.me", "gofundme.com", "justgiving.com", "linktr.ee", "wa.me", "t.me", "bit.ly"})


@dataclass(frozen=True)
class ScamCue:
    """One kind of scam wording found, with the words that matched."""

    cue: str
    description: str
    matched: str


# "0fficial", "Offic1al": the word written with digits for letters, which no genuine page does; it gets a page's
# claim past filters that look for the word.
_DISGUISED_OFFICIAL = re.compile(r"\b(?=\w*\d)[o0]ff[i1l]c[i1l][a4][l1]\b", re.IGNORECASE)


def undisguised(text: str) -> tuple[str, str | None]:
    """`text` with "official" written in digits read as the word, and the disguised spelling (None if none)."""
    found = _DISGUISED_OFFICIAL.search(text)
    if found is None:
        return text, None
    return _DISGUISED_OFFICIAL.sub("official", text), found.group(0)


def sentences(text: str) -> list[str]:
    """`text` cut into sentences and `|`-separated parts (bios use both)."""
    return [part for part in _SENTENCES.split(text) if part.strip()]


def warned(sentence: str, match: re.Match[str]) -> bool:
    """True when `sentence` warns against the cue `match` found in it, before it or after it."""
    return bool(_NEGATION.search(sentence[: match.start()]) or _TRAILING_WARNING.search(sentence[match.end() :]))


def scam_cues(text: str) -> list[ScamCue]:
    """The kinds of scam wording in `text` (each kind once), skipping cues a sentence warns against."""
    found: dict[str, ScamCue] = {}
    for sentence in sentences(text):
        if _OFFICIAL_ONLY.search(sentence):
            continue
        for name, description, pattern in CUES:
            if name in found:
                continue
            for match in pattern.finditer(sentence):
                if not warned(sentence, match):
                    found[name] = ScamCue(name, description, match.group(0).strip())
                    break
    return list(found.values())


def national_digits(number: str) -> str:
    """A UK phone number as its national digits (+44 20… → 020…); empty when too short to be one."""
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+") and digits.startswith("44"):
        digits = "0" + digits[2:]
    elif digits.startswith("0044"):
        digits = "0" + digits[4:]
    return digits if len(digits) >= 9 else ""


def domains_in(text: str) -> list[str]:
    """Domain names written in `text`, lower case, without `www.`."""
    return list(dict.fromkeys(match.group(1).casefold().removeprefix("www.") for match in DOMAIN.finditer(text)))


def bio_similarity(bio: str, official: str) -> float:
    """How much of an official bio `bio` reproduces, 0..1: the best of the whole-text ratio and the official bio
    found inside a longer one (a copy with a scam line appended), on case- and punctuation-folded words."""
    left, right = _words(bio), _words(official)
    if not left or not right:
        return 0.0
    whole = fuzz.ratio(left, right)
    # The official bio must be the shorter text for partial_ratio to mean "found inside", and long enough to be
    # more than a stock phrase ("Official channel of …" fits inside many bios).
    inside = fuzz.partial_ratio(right, left) if len(right) <= len(left) and len(right) >= MIN_COPIED_BIO else 0
    return max(whole, inside) / 100


def contains_bio(bio: str, official: str) -> bool:
    """True when `bio` contains the whole of `official`, word for word (case and punctuation aside)."""
    left, right = _words(bio), _words(official)
    return bool(right) and f" {right} " in f" {left} "


def _words(text: str) -> str:
    plain = re.sub(r"[^\w\s]", " ", text.casefold())
    # "NHS FT" is how copies shorten "NHS Foundation Trust".
    plain = re.sub(r"\bnhs\s+ft\b", "nhs foundation trust", plain)
    return " ".join(plain.split())


def personal_channel(text: str) -> ScamCue | None:
    """The first way `text` collects money through a person rather than a registered charity, skipping warnings:
    one no registered charity uses at all first (`untraceable_donation_channel`), then PayPal, bank details,
    WhatsApp, a mobile number, a crowdfunding page, "DM to donate"."""
    untraceable = untraceable_donation_channel(text)
    if untraceable is not None:
        return untraceable
    for cue in scam_cues(text):
        if cue.cue in PERSONAL_CHANNEL_CUES:
            return cue
    for sentence in sentences(text):
        for match in _PERSONAL_COLLECTION.finditer(sentence):
            if not warned(sentence, match) and not _OFFICIAL_ONLY.search(sentence):
                return ScamCue("personal_collection", "collects through a crowdfunding page or by DM", match.group(0))
    return None


def untraceable_donation_channel(text: str) -> ScamCue | None:
    """The first way `text` collects money that fraud guidance names for fake appeals and no registered charity uses
    (see `_UNTRACEABLE_DONATION`), skipping warnings ("we never ask for gift cards")."""
    for sentence in sentences(text):
        if _OFFICIAL_ONLY.search(sentence):
            continue
        for match in _UNTRACEABLE_DONATION.finditer(sentence):
            if not warned(sentence, match):
                return ScamCue(
                    "untraceable_donation",
                    "collects money in a way no registered charity does",
                    match.group(0).strip(),
                )
    return None


def staff_marker(text: str) -> re.Match[str] | None:
    """The first words of `text` marking a member of staff's own account ("views my own", "nurse at"), outside
    sentences that send money somewhere: "pay our organiser's personal account" is a payment, not a staff bio."""
    for sentence in sentences(text):
        for found in STAFF.finditer(sentence):
            if not (_PERSONAL_ACCOUNT.fullmatch(found.group(0)) and _PAYMENT_WORDS.search(sentence)):
                return found
    return None


def charity_numbers(text: str) -> list[str]:
    """Registered charity numbers written in `text`, spaces removed, upper case ("SC012345")."""
    return list(dict.fromkeys(re.sub(r"\s+", "", match.group(1)).upper() for match in _CHARITY_NUMBER.finditer(text)))
