-- Renders Let's Connect sessions and registrations as readable HTML with data-lc-* attributes
-- for the gadget. Source: the lets-connect-tools repository (shared/wiki/modules); edits made
-- here are overwritten by the next `letsconnect install`.
local p = {}

local DEFAULT_ROOT = "Grants:Knowledge Sharing/Connect"
local DEFAULT_DURATION = { clinic = 120, connectathon = 60, workshop = 120 }
local TYPES = { clinic = true, connectathon = true, workshop = true }
local STATUSES = { scheduled = true, cancelled = true, postponed = true }
local RESOURCE_KINDS = { "recording", "slides", "audio", "notes" }

local LABELS = {
	en = {
		clinic = "Learning Clinic", connectathon = "Connectathon", workshop = "Workshop",
		cancelled = "Cancelled", postponed = "Postponed",
		minutes = "$1 minutes", language = "Language", interpretation = "Interpretation",
		sharers = "Sharers", topic = "Topic", newcomers = "For newcomers", organisers = "For experienced organisers",
		signup = "Sign up on the registration page", closed = "Registration is closed",
		registered = "$1 registered", waitlisted = "$1 on the waitlist", capacity = "$1 places",
		recording = "Recording", slides = "Slides", audio = "Audio", notes = "Notes",
		invalid = "This session cannot be shown until these problems are fixed:",
		empty = "No upcoming sessions are scheduled yet.",
		registration_user = "$1", regstatus_registered = "registered", regstatus_waitlisted = "on the waitlist",
		regstatus_cancelled = "cancelled", attended = "attended",
		["missing-id"] = "no id (add |id= with lower-case letters, digits and hyphens)",
		["invalid-id"] = "the id may only contain lower-case letters, digits and hyphens",
		["missing-title"] = "no title",
		["invalid-start"] = "the start must be written YYYY-MM-DD HH:MM",
		["impossible-date"] = "the start is not a real date",
		["unknown-timezone"] = "unknown time zone (use an IANA name such as Europe/Madrid)",
		["unknown-type"] = "unknown type (clinic, connectathon or workshop)",
	},
}

-- Bidirectional controls can reorder what a reader sees; they are never needed in these values.
local BIDI = "[" .. mw.ustring.char(0x202A) .. "-" .. mw.ustring.char(0x202E)
	.. mw.ustring.char(0x2066) .. "-" .. mw.ustring.char(0x2069) .. "]"

local function clean(value)
	if value == nil then return "" end
	value = mw.text.decode(mw.text.trim(value))
	value = mw.ustring.gsub(value, BIDI, "")
	return value
end

-- Text shown as text: no markup, link, category, signature or template can come out of it.
local function text(value)
	return mw.text.nowiki(clean(value))
end

local function label(lang, key, arg)
	local set = LABELS[lang] or LABELS.en
	local message = set[key] or LABELS.en[key] or key
	if arg ~= nil then message = message:gsub("%$1", (tostring(arg):gsub("%%", "%%%%"))) end
	return message
end

local function userLanguage(frame)
	local code = frame:preprocess("{{int:lang}}")
	if code:match("^[a-z][a-z][a-z]?[%-a-z]*$") then return code end
	return mw.language.getContentLanguage():getCode()
end

local function isHttpUrl(value)
	return value:match('^https?://[^%s<>"%[%]{}|]+$') ~= nil
end

local function split(value)
	local out = {}
	for part in mw.text.gsplit(clean(value), "%s*[,;]%s*") do
		if part ~= "" then table.insert(out, part) end
	end
	return out
end

local function formatDate(format, timestamp)
	local ok, result = pcall(function()
		return mw.getContentLanguage():formatDate(format, timestamp)
	end)
	if ok then return result end
	return nil
end

-- The start written in its own zone, converted to UTC the way #time does.
local function toUtc(start, zone)
	if not start:match("^%d%d%d%d%-%d%d%-%d%d %d%d:%d%d$") then return nil, "invalid-start" end
	if formatDate("Y-m-d H:i", start) ~= start then return nil, "impossible-date" end
	local utc = formatDate("Y-m-d\\TH:i:s\\Z", start .. " " .. zone)
	if not utc then return nil, "unknown-timezone" end
	return utc
end

local function readArgs(frame)
	local args = {}
	local parent = frame:getParent()
	if parent then
		for k, v in pairs(parent.args) do args[k] = v end
	end
	for k, v in pairs(frame.args) do args[k] = v end
	return args
end

-- `Root/Sessions/x` → `Root`; a session elsewhere falls back to the default root.
local function rootOf(args)
	local root = clean(args.root)
	if root ~= "" then return root end
	local title = mw.title.getCurrentTitle().prefixedText
	local found = title:match("^(.+)/Sessions/[^/]+$")
	return found or DEFAULT_ROOT
end

local function validate(args)
	local problems = {}
	local id = clean(args.id)
	if id == "" then table.insert(problems, "missing-id")
	elseif not id:match("^[a-z0-9][a-z0-9%-]*$") or id:find("%-%-") or id:match("%-$") then
		table.insert(problems, "invalid-id")
	end
	if clean(args.title) == "" then table.insert(problems, "missing-title") end
	local kind = clean(args.type):lower()
	if kind ~= "" and not TYPES[kind] then table.insert(problems, "unknown-type") end
	local zone = clean(args.timezone)
	if zone == "" then zone = "UTC" end
	local utc, err = toUtc(clean(args.start), zone)
	if not utc then table.insert(problems, err) end
	return problems, utc, zone
end

local function addResourceLinks(node, args, lang)
	local links = {}
	for _, kind in ipairs(RESOURCE_KINDS) do
		local keys = {}
		for key, _ in pairs(args) do
			if type(key) == "string" and (key == kind or key:match("^" .. kind .. "%-[a-z%-]+$")) then
				table.insert(keys, key)
			end
		end
		table.sort(keys)
		for _, key in ipairs(keys) do
			local url = clean(args[key])
			if isHttpUrl(url) then
				local code = key:match("^" .. kind .. "%-(.+)$")
				local name = label(lang, kind)
				if code then name = name .. " (" .. mw.language.fetchLanguageName(code, lang) .. ")" end
				table.insert(links, { kind = kind, lang = code or "", text = "[" .. url .. " " .. mw.text.nowiki(name) .. "]" })
			end
		end
	end
	if #links == 0 then return end
	local list = node:tag("ul"):addClass("lc-session-resources")
	for _, link in ipairs(links) do
		list:tag("li"):attr("data-lc-resource", link.kind):attr("data-lc-resource-lang", link.lang):wikitext(link.text)
	end
end

local function renderInvalid(args, problems, lang)
	local box = mw.html.create("div"):addClass("lc-session-invalid"):addClass("error")
		:css("border", "1px solid var(--border-color-error, #d33)"):css("padding", "8px 12px"):css("margin", "0 0 8px")
	box:tag("span"):wikitext(mw.text.nowiki(label(lang, "invalid")) .. " "):tag("b"):wikitext(text(args.title ~= nil and args.title or args.id))
	local list = box:tag("ul")
	for _, code in ipairs(problems) do list:tag("li"):attr("data-lc-problem", code):wikitext(mw.text.nowiki(label(lang, code))) end
	local category = ""
	if mw.title.getCurrentTitle().namespace ~= 10 then
		category = "[[Category:Let's Connect sessions with errors]]"
	end
	return tostring(box) .. category
end

-- A session as a card: the same markup for the session page (mode "session") and for lists.
function p.render(frame, args, mode)
	local lang = userLanguage(frame)
	if clean(args.empty) == "yes" then
		return tostring(mw.html.create("p"):addClass("lc-empty"):wikitext(mw.text.nowiki(label(lang, "empty"))))
	end
	local problems, utc, zone = validate(args)
	if #problems > 0 then return renderInvalid(args, problems, lang) end

	local id = clean(args.id)
	local kind = clean(args.type):lower()
	if kind == "" then kind = "clinic" end
	local status = clean(args.status):lower()
	if not STATUSES[status] then status = "scheduled" end
	local duration = tonumber(clean(args.duration)) or DEFAULT_DURATION[kind]
	local startSeconds = tonumber(formatDate("U", utc))
	local endUtc = formatDate("Y-m-d\\TH:i:s\\Z", "@" .. (startSeconds + duration * 60))
	local registration = clean(args.registration):lower() == "closed" and "closed" or "open"
	local root = rootOf(args)
	local language = clean(args.language):lower()
	if language == "" then language = "en" end
	local interpretation = split(args.interpretation)
	local audience = split(clean(args.audience):lower())
	local page = clean(args.page)
	if page == "" then page = mw.title.getCurrentTitle().prefixedText end

	local card = mw.html.create("div")
		:addClass("lc-session"):addClass("lc-type-" .. kind):addClass("lc-status-" .. status)
		:attr("data-lc-session", id)
		:attr("data-lc-start", utc):attr("data-lc-end", endUtc):attr("data-lc-duration", tostring(duration))
		:attr("data-lc-type", kind):attr("data-lc-status", status):attr("data-lc-registration", registration)
		:attr("data-lc-language", language):attr("data-lc-interpretation", table.concat(interpretation, " "))
		:attr("data-lc-audience", table.concat(audience, " "))
		:attr("data-lc-title", clean(args.title)):attr("data-lc-topic", clean(args.topic))
		:attr("data-lc-page", page):attr("data-lc-root", root)
		:css("border", "1px solid var(--border-color-subtle, #c8ccd1)"):css("border-radius", "2px")
		:css("padding", "8px 12px"):css("margin", "0 0 8px")
	local capacity = tonumber(clean(args.capacity))
	if capacity and capacity > 0 then card:attr("data-lc-capacity", tostring(math.floor(capacity))) end
	for _, key in ipairs({ "registered", "waitlisted" }) do
		local n = tonumber(clean(args[key]))
		if n then card:attr("data-lc-" .. key, tostring(math.floor(n))) end
	end

	local head = card:tag("div"):addClass("lc-session-head")
	head:tag("span"):addClass("lc-session-type"):wikitext(mw.text.nowiki(label(lang, kind)))
	if status ~= "scheduled" then
		head:wikitext(" · "):tag("strong"):addClass("lc-session-status"):wikitext(mw.text.nowiki(label(lang, status)))
	end
	for _, who in ipairs(audience) do
		if who == "newcomers" or who == "organisers" then
			head:wikitext(" · "):tag("span"):addClass("lc-session-audience"):attr("data-lc-audience-tag", who):wikitext(mw.text.nowiki(label(lang, who)))
		end
	end

	local titleNode = card:tag("div"):addClass("lc-session-title"):css("font-weight", "bold")
	if mode == "card" and mw.title.new(page) then
		titleNode:wikitext("[[" .. page .. "|" .. text(args.title) .. "]]")
	else
		titleNode:wikitext(text(args.title))
	end

	local when = card:tag("div"):addClass("lc-session-when")
	local lg = mw.language.new(lang)
	local function fmt(format, ts)
		local ok, r = pcall(function() return lg:formatDate(format, ts) end)
		return ok and r or ts
	end
	when:tag("time"):addClass("lc-session-utc"):attr("datetime", utc)
		:wikitext(mw.text.nowiki(fmt("l j F Y, H:i", utc) .. "–" .. fmt("H:i", endUtc) .. " UTC"))
	if zone ~= "UTC" then
		when:wikitext(" "):tag("span"):addClass("lc-session-zone")
			:wikitext(mw.text.nowiki("(" .. clean(args.start):sub(12) .. " " .. zone .. ")"))
	end

	local meta = {}
	if clean(args.topic) ~= "" then table.insert(meta, mw.text.nowiki(label(lang, "topic")) .. ": " .. text(args.topic)) end
	table.insert(meta, mw.text.nowiki(label(lang, "language")) .. ": " .. mw.text.nowiki(mw.language.fetchLanguageName(language, lang)))
	if #interpretation > 0 then
		local names = {}
		for _, code in ipairs(interpretation) do table.insert(names, mw.language.fetchLanguageName(code, lang)) end
		table.insert(meta, mw.text.nowiki(label(lang, "interpretation")) .. ": " .. mw.text.nowiki(table.concat(names, ", ")))
	end
	card:tag("div"):addClass("lc-session-meta"):wikitext(table.concat(meta, " · "))

	local sharers = split(args.sharers)
	if #sharers > 0 then
		local links = {}
		for _, user in ipairs(sharers) do
			local title = mw.title.new(user, 2)
			if title and not user:find("[%[%]|{}<>]") then
				table.insert(links, "[[" .. title.prefixedText .. "|" .. mw.text.nowiki(user) .. "]]")
			end
		end
		card:tag("div"):addClass("lc-session-sharers"):wikitext(mw.text.nowiki(label(lang, "sharers")) .. ": " .. table.concat(links, ", "))
	end
	if mode == "session" and clean(args.description) ~= "" then
		card:tag("div"):addClass("lc-session-description"):wikitext(text(args.description))
	end
	addResourceLinks(card, args, lang)

	local register = card:tag("div"):addClass("lc-session-register")
	local registrationPage = root .. "/Registrations/" .. id
	if registration == "open" and status == "scheduled" then
		register:wikitext("[[" .. registrationPage .. "|" .. mw.text.nowiki(label(lang, "signup")) .. "]]")
	else
		register:wikitext(mw.text.nowiki(label(lang, "closed")))
	end
	local counts = {}
	local registered = tonumber(clean(args.registered))
	if registered then table.insert(counts, label(lang, "registered", registered)) end
	if capacity then table.insert(counts, label(lang, "capacity", math.floor(capacity))) end
	local waitlisted = tonumber(clean(args.waitlisted))
	if waitlisted and waitlisted > 0 then table.insert(counts, label(lang, "waitlisted", waitlisted)) end
	if #counts > 0 then
		register:wikitext(" · "):tag("span"):addClass("lc-session-counts"):wikitext(mw.text.nowiki(table.concat(counts, " · ")))
	end
	return tostring(card)
end

-- {{Let's Connect/Session}}: a session on its own page.
function p.session(frame)
	return p.render(frame, readArgs(frame), "session")
end

-- {{Let's Connect/Card}}: a session in a generated list.
function p.card(frame)
	return p.render(frame, readArgs(frame), "card")
end

-- {{Let's Connect/Registration}}: one line of a registration page.
function p.registration(frame)
	local args = readArgs(frame)
	local lang = userLanguage(frame)
	local user = clean(args.user)
	local status = clean(args.status):lower()
	if status ~= "waitlisted" and status ~= "cancelled" then status = "registered" end
	local item = mw.html.create("span"):addClass("lc-registration"):attr("data-lc-user", user):attr("data-lc-registration-status", status)
	local title = mw.title.new(user, 2)
	if title and user ~= "" and not user:find("[%[%]|{}<>/]") then
		item:wikitext("[[" .. title.prefixedText .. "|" .. mw.text.nowiki(user) .. "]]")
	else
		item:wikitext(text(user))
	end
	item:wikitext(" — " .. mw.text.nowiki(label(lang, "regstatus_" .. status)))
	local registered = clean(args.registered)
	local when = registered ~= "" and formatDate("j F Y", registered)
	if when then item:wikitext(" (" .. mw.text.nowiki(when) .. ")") end
	if clean(args.attended) == "yes" then item:wikitext(" · " .. mw.text.nowiki(label(lang, "attended"))) end
	local out = tostring(item)
	if status == "cancelled" then out = "<s>" .. out .. "</s>" end
	return "* " .. out
end

return p
