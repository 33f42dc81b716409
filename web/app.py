"""The web app: server-rendered pages (Jinja, autoescaped) with htmx for in-place updates.

`create_app` is the composition root: settings, the database hold (web/database.py), sign-in and
roles. Every page needs a signed-in, enabled user; every change is an `Action`, audited with that
user; every form and htmx request carries the session's CSRF token; post text is masked by role
(web/roles.py) and escaped by Jinja.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from alerts.dispatch import staff_directory_for
from alerts.routing import guidance_for, noun
from classifiers.approved_accounts import ApprovedRegister, load_approved_accounts
from classifiers.pii import redact
from classifiers.staff.directory import StaffDirectory
from storage import browse
from storage.cases import TEAMS, CaseBook, CaseError, InboxFilter
from storage.store import Store
from storage.users import User, UserBook
from trustwatch.errors import TrustWatchError
from trustwatch.records import parse_utc, utc_now
from trustwatch.settings import Settings
from web import sso
from web.actions import apply_action
from web.database import Action, Database
from web.roles import ROLE_LABELS, Permission, may
from web.security import REPORT_CSP, SecurityHeaders, SignInLimiter, csrf_ok, new_csrf_token, session_secret

log = logging.getLogger(__name__)

LONDON = ZoneInfo("Europe/London")
HERE = Path(__file__).parent
PAGE_SIZE = 50
EXPORT_LIMIT = 50_000
REPORT_NAME = re.compile(r"^trustwatch-week-\d{4}-\d{2}-\d{2}\.html$")
SEVERITIES = ("urgent", "high", "normal", "low")
STATUSES = {
    "active": ("open", "acknowledged"),
    "open": ("open",),
    "acknowledged": ("acknowledged",),
    "resolved": ("resolved",),
    "all": ("open", "acknowledged", "resolved"),
}


class SignInRequired(Exception):
    """The request has no valid session: send the browser to the sign-in page."""


def _uk(value: Any, fmt: str = "%d %b %Y %H:%M") -> str:
    if not isinstance(value, datetime):
        return "—" if value is None else str(value)
    return value.astimezone(LONDON).strftime(fmt)


def _number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.2f}"
    return f"{value:,}"


def _label(value: Any) -> str:
    return str(value or "").replace("_", " ")


def _safe_next(target: str | None) -> str:
    """Only paths on this site: never redirect a signed-in person to another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/inbox"
    return target


class WebApp:
    """The pieces every handler needs, built once."""

    def __init__(self, settings: Settings, database: Database) -> None:
        self.settings = settings
        self.database = database
        self.limiter = SignInLimiter(settings.web.sign_in_attempts)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        env = self.templates.env
        env.filters.update(uk=_uk, number=_number, label=_label, noun=noun)
        env.globals.update(TEAMS=TEAMS, SEVERITIES=SEVERITIES, ROLE_LABELS=ROLE_LABELS, Permission=Permission)
        self.oidc = sso.oidc_client(settings.web.oidc) if settings.web.oidc else None
        self._directory: StaffDirectory | None = None
        self._directory_loaded = False
        self._cache: dict[str, tuple[float, Any]] = {}

    def cached(self, key: str, compute: Callable[[], Any], seconds: float = 60.0) -> Any:
        """Menus that scan whole tables (kinds, platforms, sources): recomputed at most once a minute."""
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and now - hit[0] < seconds:
            return hit[1]
        value = compute()
        self._cache[key] = (now, value)
        return value

    def staff_directory(self) -> StaffDirectory | None:
        """The staff directory (loaded once), to name staff and their managers for those allowed."""
        if not self._directory_loaded:
            self._directory = staff_directory_for(self.settings)
            self._directory_loaded = True
        return self._directory

    def mask(self, text: str | None, user: User) -> str:
        """Post text as `user` may see it: patient identifiers masked unless their role needs them."""
        if text is None:
            return ""
        if may(user.role, Permission.SEE_IDENTIFIERS):
            return text
        return redact(text, hospital_number_pattern=self.settings.privacy.hospital_number_pattern)

    def user_for(self, request: Request) -> User:
        """The signed-in user, or SignInRequired (also when the account was disabled or the session is old)."""
        username = request.session.get("user")
        signed_in_at = request.session.get("signed_in_at", 0)
        if not username or time.time() - float(signed_in_at) > self.settings.web.session_hours * 3600:
            request.session.clear()
            raise SignInRequired
        with self.database.read() as store:
            user = UserBook(store).get(username)
        if user is None or user.disabled:
            request.session.clear()
            raise SignInRequired
        return user

    def render(
        self, request: Request, template: str, user: User | None, status_code: int = 200, **context: Any
    ) -> HTMLResponse:
        """A page, with what the layout needs (user, CSRF token, freshness of the data)."""
        with self.database.read() as store:
            as_of = browse.data_as_of(store)
        context.update(
            user=user,
            csrf_token=request.session.get("csrf", ""),
            live=self.database.live,
            pending=self.database.pending(),
            data_as_of=as_of,
            may=(lambda permission: user is not None and may(user.role, permission)),
            path=request.url.path,
        )
        return self.templates.TemplateResponse(request, template, context, status_code=status_code)

    def perform(self, request: Request, user: User, name: str, **arguments: Any) -> bool:
        """Make a change as `user`; False when it was journaled because a run holds the database."""
        action = Action(name=name, username=user.username, arguments=arguments, client=_client(request))
        return self.database.perform(action)


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


def _check_csrf(request: Request, sent: str | None) -> None:
    if not csrf_ok(request.session.get("csrf"), sent or request.headers.get("x-csrf-token")):
        raise HTTPException(403, "The form has expired or did not come from TrustWatch: reload the page and try again.")


def _check_origin(request: Request, base_url: str) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null":
        expected = urlsplit(base_url)
        allowed = {f"{expected.scheme}://{expected.netloc}", f"{request.url.scheme}://{request.url.netloc}"}
        if origin not in allowed:
            raise HTTPException(403, "This request came from another site.")


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def create_app(settings: Settings, database: Database) -> FastAPI:
    """The web app over `database`, configured by `settings`."""
    web = WebApp(settings, database)
    app = FastAPI(title="TrustWatch", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.web = web
    secure = settings.web.secure_cookies
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(
            settings.web.session_secret.get_secret_value() if settings.web.session_secret else None,
            database.path,
        ),
        session_cookie="__Host-trustwatch" if secure else "trustwatch_session",
        max_age=int(settings.web.session_hours * 3600),
        same_site="lax",
        https_only=secure,
    )
    app.add_middleware(SecurityHeaders, https=secure)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, _: SignInRequired) -> Response:
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": "/sign-in"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return _redirect("/sign-in?" + urlencode({"next": target}))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, error: HTTPException) -> Response:
        return web.templates.TemplateResponse(
            request,
            "error.html",
            {"user": None, "message": error.detail, "status": error.status_code, "csrf_token": "", "path": ""},
            status_code=error.status_code,
        )

    _auth_routes(app, web)
    _case_routes(app, web)
    _browse_routes(app, web)
    return app


def _auth_routes(app: FastAPI, web: WebApp) -> None:
    settings = web.settings

    @app.get("/sign-in", response_class=HTMLResponse)
    def sign_in_page(request: Request, next: str = "/inbox", error: str | None = None) -> Response:
        request.session.setdefault("csrf", new_csrf_token())
        return web.render(
            request,
            "sign_in.html",
            None,
            next=_safe_next(next),
            error=error,
            password_sign_in=settings.web.password_sign_in,
            sso_name=settings.web.oidc.provider_name if settings.web.oidc else None,
        )

    @app.post("/sign-in")
    def sign_in(
        request: Request,
        username: Annotated[str, Form()] = "",
        password: Annotated[str, Form()] = "",
        csrf_token: Annotated[str, Form()] = "",
        next: Annotated[str, Form()] = "/inbox",
    ) -> Response:
        _check_csrf(request, csrf_token)
        _check_origin(request, settings.web.base_url)
        if not settings.web.password_sign_in:
            raise HTTPException(403, "Password sign-in is turned off: use single sign-on.")
        name_key, client_key = f"user:{username.strip().lower()}", f"client:{_client(request)}"
        target = _safe_next(next)
        if web.limiter.blocked(name_key, client_key):
            web.database.perform(
                Action(
                    "sign_in_refused",
                    username.strip().lower()[:64] or "-",
                    {"detail": "rate limited"},
                    client=_client(request),
                )
            )
            return web.render(
                request,
                "sign_in.html",
                None,
                status_code=429,
                next=target,
                password_sign_in=True,
                sso_name=settings.web.oidc.provider_name if settings.web.oidc else None,
                error="Too many failed sign-ins. Wait 15 minutes, or ask an administrator to help.",
            )
        with web.database.read() as store:
            user = UserBook(store).authenticate(username, password)
        if user is None:
            web.limiter.failed(name_key, client_key)
            web.database.perform(
                Action("sign_in_failed", username.strip().lower()[:64] or "-", {}, client=_client(request))
            )
            return web.render(
                request,
                "sign_in.html",
                None,
                status_code=401,
                next=target,
                password_sign_in=True,
                sso_name=settings.web.oidc.provider_name if settings.web.oidc else None,
                error="That username and password do not match an active account.",
            )
        web.limiter.succeeded(name_key)
        _start_session(request, user)
        web.perform(request, user, "signed_in", detail="password")
        return _redirect(target)

    @app.get("/sign-in/sso")
    async def sso_begin(request: Request, next: str = "/inbox") -> Response:
        if web.oidc is None:
            raise HTTPException(404, "Single sign-on is not configured.")
        request.session["next"] = _safe_next(next)
        response: Response = await sso.begin(web.oidc, request, f"{settings.web.base_url}/sign-in/sso/callback")
        return response

    @app.get("/sign-in/sso/callback")
    async def sso_callback(request: Request) -> Response:
        if web.oidc is None or settings.web.oidc is None:
            raise HTTPException(404, "Single sign-on is not configured.")
        try:
            identity = await sso.finish(web.oidc, request, settings.web.oidc)
        except sso.SignInRefused as error:
            web.database.perform(Action("sign_in_refused", "-", {"detail": str(error)[:300]}, client=_client(request)))
            return _redirect("/sign-in?" + urlencode({"error": "Single sign-on did not succeed. Try again."}))
        with web.database.read() as store:
            user = UserBook(store).for_single_sign_on(identity.subject, identity.email) if web.database.live else None
            if user is None and not web.database.live:
                user = UserBook(store).linked_user(identity.subject)
        if user is None:
            web.database.perform(
                Action(
                    "sign_in_refused",
                    (identity.email or identity.subject)[:64],
                    {"detail": "no enabled TrustWatch account for this directory user"},
                    client=_client(request),
                )
            )
            return _redirect(
                "/sign-in?"
                + urlencode(
                    {"error": "You signed in, but you have no TrustWatch account. Ask the comms team's administrator."}
                )
            )
        target = _safe_next(request.session.get("next"))
        _start_session(request, user)
        web.perform(request, user, "signed_in", detail="single sign-on")
        return _redirect(target)

    @app.post("/sign-out")
    def sign_out(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
        _check_csrf(request, csrf_token)
        username = request.session.get("user")
        request.session.clear()
        if username:
            web.database.perform(Action("signed_out", username, {}, client=_client(request)))
        return _redirect("/sign-in")


def _start_session(request: Request, user: User) -> None:
    # A fresh session (new CSRF token) at every sign-in: nothing from before sign-in carries over.
    request.session.clear()
    request.session.update(user=user.username, signed_in_at=time.time(), csrf=new_csrf_token())


def _inbox_filter(status: str, kind: str, platform: str, team: str, owner: str) -> InboxFilter:
    return InboxFilter(
        statuses=STATUSES.get(status, STATUSES["active"]),
        kind=kind or None,
        platform=platform or None,
        team=team or None,
        owner=None if owner == "*" or not owner else ("" if owner == "-" else owner),
    )


def _case_routes(app: FastAPI, web: WebApp) -> None:  # noqa: PLR0915 - one statement per route
    @app.get("/")
    def home() -> Response:
        return _redirect("/inbox")

    @app.get("/inbox", response_class=HTMLResponse)
    def inbox(
        request: Request,
        status: str = "active",
        kind: str = "",
        platform: str = "",
        team: str = "",
        owner: str = "*",
        page: Annotated[int, Query(ge=1, le=10_000)] = 1,
        done: str | None = None,
    ) -> Response:
        user = web.user_for(request)
        where = _inbox_filter(status, kind, platform, team, owner)
        with web.database.read() as store:
            book = CaseBook(store)
            cases = book.inbox(where, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
            total = book.inbox_count(where)
            facets = web.cached("facets", book.facets)
            owners = [u.username for u in UserBook(store).all_users() if not u.disabled]
        for case in cases:
            case["title"] = web.mask(case["title"], user)
        query = {"status": status, "kind": kind, "platform": platform, "team": team, "owner": owner}
        return web.render(
            request,
            "inbox.html",
            user,
            cases=cases,
            total=total,
            page=page,
            pages=max(1, -(-total // PAGE_SIZE)),
            facets=facets,
            owners=owners,
            query=query,
            query_string=urlencode(query),
            done=done,
            now=utc_now(),
        )

    @app.post("/inbox/acknowledge")
    def acknowledge_selected(
        request: Request,
        case_ids: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI reads the default, never mutates it
        csrf_token: Annotated[str, Form()] = "",
        back: Annotated[str, Form()] = "",
    ) -> Response:
        _check_csrf(request, csrf_token)
        user = _actor(web, request)
        if case_ids:
            applied = web.perform(request, user, "case_acknowledged", case_ids=case_ids[:500])
            message = f"{len(case_ids)} acknowledged" if applied else f"{len(case_ids)} queued: a run is saving"
        else:
            message = "Nothing selected"
        target = _safe_next("/inbox?" + back if back else "/inbox")
        separator = "&" if "?" in target else "?"
        return _redirect(f"{target}{separator}{urlencode({'done': message})}")

    @app.get("/cases/{reference}", response_class=HTMLResponse)
    def case_page(request: Request, reference: str, done: str | None = None) -> Response:
        user = web.user_for(request)
        with web.database.read() as store:
            book = CaseBook(store)
            try:
                case_id = book.find_case(reference)
            except CaseError as error:
                raise HTTPException(404, str(error)) from None
            if case_id != reference:
                return _redirect(f"/cases/{case_id}")
            detail = book.show_case(case_id)
            owners = [u.username for u in UserBook(store).all_users() if not u.disabled]
        context = _case_context(web, user, detail)
        if context["identifiers_shown"]:
            web.perform(request, user, "viewed_identifiers", target=case_id, detail="case page")
        return web.render(request, "case.html", user, owners=owners, done=done, **context)

    def change(request: Request, case_id: str, csrf_token: str, name: str, **arguments: Any) -> Response:
        _check_csrf(request, csrf_token)
        user = _actor(web, request)
        try:
            applied = web.perform(request, user, name, case_id=case_id, **arguments)
        except CaseError as error:
            return _redirect(f"/cases/{case_id}?" + urlencode({"done": f"Not done: {error}"}))
        message = "Saved" if applied else "Saved for later: a scheduled run is writing the database; it will show then"
        return _redirect(f"/cases/{case_id}?" + urlencode({"done": message}))

    @app.post("/cases/{case_id}/acknowledge")
    def acknowledge(
        request: Request, case_id: str, csrf_token: Annotated[str, Form()] = "", note: Annotated[str, Form()] = ""
    ) -> Response:
        _check_csrf(request, csrf_token)
        user = _actor(web, request)
        applied = web.perform(request, user, "case_acknowledged", case_ids=[case_id], note=note or None)
        return _redirect(f"/cases/{case_id}?" + urlencode({"done": "Acknowledged" if applied else "Saved for later"}))

    @app.post("/cases/{case_id}/resolve")
    def resolve(
        request: Request, case_id: str, csrf_token: Annotated[str, Form()] = "", note: Annotated[str, Form()] = ""
    ) -> Response:
        return change(request, case_id, csrf_token, "case_resolved", note=note or None)

    @app.post("/cases/{case_id}/reopen")
    def reopen(
        request: Request, case_id: str, csrf_token: Annotated[str, Form()] = "", note: Annotated[str, Form()] = ""
    ) -> Response:
        return change(request, case_id, csrf_token, "case_reopened", note=note or None)

    @app.post("/cases/{case_id}/assign")
    def assign(
        request: Request, case_id: str, csrf_token: Annotated[str, Form()] = "", owner: Annotated[str, Form()] = ""
    ) -> Response:
        return change(request, case_id, csrf_token, "case_assigned", owner=owner or None)

    @app.post("/cases/{case_id}/note")
    def note(
        request: Request, case_id: str, csrf_token: Annotated[str, Form()] = "", note: Annotated[str, Form()] = ""
    ) -> Response:
        return change(request, case_id, csrf_token, "case_note", note=note)

    @app.post("/takedowns/{takedown_id}/{status}")
    def takedown(
        request: Request,
        takedown_id: str,
        status: str,
        csrf_token: Annotated[str, Form()] = "",
        case_id: Annotated[str, Form()] = "",
        reference: Annotated[str, Form()] = "",
        note: Annotated[str, Form()] = "",
    ) -> Response:
        _check_csrf(request, csrf_token)
        user = _actor(web, request)
        try:
            applied = web.perform(
                request,
                user,
                "takedown_changed",
                takedown_id=takedown_id,
                status=status,
                reference=reference or None,
                note=note or None,
            )
        except CaseError as error:
            return _redirect(f"/cases/{case_id}?" + urlencode({"done": f"Not done: {error}"}))
        message = f"Takedown marked {status}" if applied else "Saved for later: a run is writing the database"
        return _redirect(f"/cases/{case_id}?" + urlencode({"done": message}))


def _actor(web: WebApp, request: Request) -> User:
    _check_origin(request, web.settings.web.base_url)
    user = web.user_for(request)
    if not may(user.role, Permission.ACT):
        raise HTTPException(403, "Your role can read cases but not change them.")
    return user


def _case_context(web: WebApp, user: User, detail: Any) -> dict[str, Any]:
    """What the case page shows, masked and filtered for `user`'s role."""
    settings = web.settings
    see_staff = may(user.role, Permission.SEE_STAFF)
    mention = dict(detail.mention) if detail.mention else None
    identifiers_shown = False
    if mention:
        masked = redact(mention["text"] or "", hospital_number_pattern=settings.privacy.hospital_number_pattern)
        identifiers_shown = masked != mention["text"] and may(user.role, Permission.SEE_IDENTIFIERS)
        mention["text"] = web.mask(mention["text"], user)
        mention["title"] = web.mask(mention.get("title"), user)
    findings = []
    for finding in detail.findings:
        evidence = finding.get("evidence")
        evidence = json.loads(evidence) if isinstance(evidence, str) else dict(evidence or {})
        threshold = evidence.get("threshold")
        if finding["kind"] == "negative_mention" and threshold is None:
            threshold = settings.alerts.negative_threshold
        staff = []
        if finding["kind"] in {"staff_named", "staff_praise"}:
            directory = web.staff_directory() if see_staff else None
            for staff_id in evidence.get("staff_ids", []):
                member = directory.get(staff_id) if directory else None
                staff.append(
                    {
                        "name": member.display_name if member else f"staff id {staff_id}",
                        "role": ", ".join(p for p in (member.role, member.department) if p) if member else None,
                        "line_manager": member.line_manager_email if member else None,
                    }
                )
        findings.append(
            {
                **finding,
                "threshold": threshold,
                "why": web.mask(finding["summary"], user),
                "guidance": guidance_for(finding["kind"], settings.alerts),
                "staff": staff if see_staff else [],
                "staff_hidden": finding["kind"] == "staff_named" and not see_staff,
                "evidence_kinds": evidence.get("kinds"),
                "model": evidence.get("model_version"),
            }
        )
    takedowns = []
    for row in detail.takedowns:
        takedowns.append({**row, "report_text": web.mask(row.get("report_text"), user)})
    case = dict(detail.case)
    case["title"] = web.mask(case["title"], user)
    return {
        "case": case,
        "findings": findings,
        "alerts": detail.alerts,
        "events": [{**event, "note": web.mask(event.get("note"), user)} for event in detail.events],
        "takedowns": takedowns,
        "mention": mention,
        "account": detail.account,
        "author": detail.author,
        "identifiers_shown": identifiers_shown,
        "now": utc_now(),
    }


def _date(value: str, field: str) -> datetime | None:
    if not value:
        return None
    try:
        return parse_utc(value)
    except ValueError:
        raise HTTPException(400, f"{field}: {value!r} is not a date (use YYYY-MM-DD)") from None


def _mention_query(q: str, platform: str, source: str, sentiment: str, since: str, until: str) -> browse.MentionQuery:
    until_at = _date(until, "until")
    return browse.MentionQuery(
        words=tuple(word for word in q.split() if word)[:8],
        platform=platform or None,
        source=source or None,
        sentiment=sentiment if sentiment in {"negative", "neutral", "positive"} else None,
        since=_date(since, "since"),
        # A date "until" includes that whole day.
        until=until_at + timedelta(days=1) if until_at and len(until) == 10 else until_at,
    )


def _browse_routes(app: FastAPI, web: WebApp) -> None:  # noqa: PLR0915 - one statement per route
    @app.get("/mentions", response_class=HTMLResponse)
    def mentions(
        request: Request,
        q: str = "",
        platform: str = "",
        source: str = "",
        sentiment: str = "",
        since: str = "",
        until: str = "",
        page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    ) -> Response:
        user = web.user_for(request)
        query = _mention_query(q, platform, source, sentiment, since, until)
        with web.database.read() as store:
            rows = browse.search_mentions(store, query, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
            choices = web.cached("mention_choices", lambda: browse.mention_choices(store))
        for row in rows:
            row["text"] = web.mask(row["text"], user)
            row["title"] = web.mask(row["title"], user)
        form = {"q": q, "platform": platform, "source": source, "sentiment": sentiment, "since": since, "until": until}
        return web.render(
            request,
            "mentions.html",
            user,
            rows=rows[:PAGE_SIZE],
            more=len(rows) > PAGE_SIZE,
            page=page,
            choices=choices,
            form=form,
            query_string=urlencode(form),
        )

    @app.get("/mentions/export.csv")
    def export(
        request: Request,
        q: str = "",
        platform: str = "",
        source: str = "",
        sentiment: str = "",
        since: str = "",
        until: str = "",
    ) -> Response:
        user = web.user_for(request)
        if not may(user.role, Permission.EXPORT):
            raise HTTPException(403, "Your role cannot export mentions.")
        query = _mention_query(q, platform, source, sentiment, since, until)
        with web.database.read() as store:
            rows = browse.search_mentions(store, query, limit=EXPORT_LIMIT)
        form = {"q": q, "platform": platform, "source": source, "sentiment": sentiment, "since": since, "until": until}
        filters = urlencode({key: value for key, value in form.items() if value})
        web.perform(
            request,
            user,
            "exported",
            target="mentions",
            detail=f"{len(rows)} rows; filters {filters}",
        )
        columns = [
            "published_at",
            "platform",
            "source",
            "kind",
            "url",
            "author_handle",
            "title",
            "text",
            "sentiment",
            "negative",
            "case_id",
        ]

        def lines() -> Iterator[str]:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(columns)
            for row in rows:
                cells = {**row, "text": web.mask(row["text"], user), "title": web.mask(row["title"], user)}
                # A cell starting with = + - @ is a formula to a spreadsheet: quote it as text.
                writer.writerow(
                    ["'" + str(v) if isinstance(v, str) and v[:1] in "=+-@" else v for v in (cells[c] for c in columns)]
                )
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()

        filename = f"trustwatch-mentions-{utc_now():%Y%m%d-%H%M}.csv"
        return StreamingResponse(
            lines(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )

    @app.get("/dashboard", response_class=HTMLResponse)
    def dashboard(request: Request, days: Annotated[int, Query(ge=7, le=90)] = 30) -> Response:
        user = web.user_for(request)
        now = utc_now()
        since = now - timedelta(days=days)
        with web.database.read() as store:
            volume = browse.volume_by_day(store, since, now)
            sentiment = browse.sentiment_by_day(store, since, now)
            top = browse.top_negative(store, now - timedelta(days=7), now)
            spikes = browse.spikes(store, since)
            ages = browse.open_cases_by_age(store, now)
            runs = browse.last_runs(store)
            health = browse.source_health(store, now - timedelta(days=7))
        for row in top:
            row["text"] = web.mask(row["text"], user)
            row["title"] = web.mask(row["title"], user)
        return web.render(
            request,
            "dashboard.html",
            user,
            days=days,
            volume=_volume_chart(volume),
            sentiment=_sentiment_rows(sentiment),
            top=top,
            spikes=spikes,
            ages=ages,
            runs=runs,
            health=health,
        )

    @app.get("/accounts", response_class=HTMLResponse)
    def accounts(request: Request) -> Response:
        user = web.user_for(request)
        trust = web.settings.trust
        register = (
            load_approved_accounts(web.settings.resolve(trust.approved_accounts)) if trust.approved_accounts else None
        )
        with web.database.read() as store:
            verdicts = browse.impersonation_verdicts(store)
        return web.render(request, "accounts.html", user, verdicts=verdicts, register=_register_rows(register))

    @app.get("/reports", response_class=HTMLResponse)
    def reports(request: Request) -> Response:
        user = web.user_for(request)
        folder = web.settings.resolve(Path("reports"))
        files = (
            sorted((p for p in folder.glob("trustwatch-week-*.html") if REPORT_NAME.match(p.name)), reverse=True)
            if folder.is_dir()
            else []
        )
        return web.render(
            request,
            "reports.html",
            user,
            reports=[
                {"name": p.name, "week_ending": p.stem.removeprefix("trustwatch-week-"), "size": p.stat().st_size}
                for p in files
            ],
        )

    @app.get("/reports/{name}")
    def report_file(request: Request, name: str) -> Response:
        web.user_for(request)
        if not REPORT_NAME.match(name):
            raise HTTPException(404, "No such report.")
        path = web.settings.resolve(Path("reports")) / name
        if not path.is_file():
            raise HTTPException(404, "No such report.")
        return HTMLResponse(path.read_text(encoding="utf-8"), headers={"Content-Security-Policy": REPORT_CSP})

    @app.get("/audit", response_class=HTMLResponse)
    def audit(request: Request, username: str = "") -> Response:
        user = web.user_for(request)
        if not may(user.role, Permission.READ_AUDIT):
            raise HTTPException(403, "Your role cannot read the audit log.")
        with web.database.read() as store:
            rows = UserBook(store).audit_log(limit=500, username=username or None)
        return web.render(request, "audit.html", user, rows=rows, username=username)


def _register_rows(register: ApprovedRegister | None) -> list[dict[str, Any]]:
    if register is None:
        return []
    return [
        {
            "platform": entry.platform,
            "handle": entry.handle,
            "display_name": entry.display_name,
            "owner_team": entry.owner_team,
            "approved_on": entry.approved_on,
            "notes": entry.notes,
        }
        for entry in register
    ]


def _volume_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per day: total and per-source counts, with bar widths for a server-drawn SVG chart."""
    days: dict[Any, dict[str, int]] = {}
    sources: set[str] = set()
    for row in rows:
        days.setdefault(row["day"], {})[row["source"]] = int(row["mentions"])
        sources.add(row["source"])
    peak = max((sum(v.values()) for v in days.values()), default=0) or 1
    ordered = sorted(sources)
    return {
        "sources": ordered,
        "days": [
            {
                "day": day,
                "total": sum(counts.values()),
                "by_source": [counts.get(s, 0) for s in ordered],
                "width": round(100 * sum(counts.values()) / peak, 1),
            }
            for day, counts in sorted(days.items())
        ],
    }


def _sentiment_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        classified = int(row["classified"] or 0)
        share = (int(row["negative"]) / classified) if classified else None
        out.append({**row, "negative_share": share, "width": round(100 * share, 1) if share is not None else 0})
    return out


def database_for(settings: Settings) -> Database:
    """The app's hold on the configured database."""
    return Database(settings.resolve(settings.storage.path), apply_action)


def open_store_for_cli(settings: Settings) -> Store:
    """The database for `trustwatch users`, publishing the replica so the app sees new accounts during a run."""
    return Store.open(
        settings.resolve(settings.storage.path),
        lock_timeout_seconds=settings.storage.lock_timeout_seconds,
        memory_limit=settings.storage.memory_limit,
        publish_replica=True,
    )


__all__ = ["TrustWatchError", "create_app", "database_for", "open_store_for_cli"]
