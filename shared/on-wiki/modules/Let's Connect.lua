-- Renders Let's Connect sessions and registrations as readable HTML with data-lc-* attributes
-- for the gadget; the rules live in Module:Let's Connect/validate, the labels in
-- Module:Let's Connect/labels. Source: the lets-connect-tools repository (shared/on-wiki/modules); edits made
-- here are overwritten by the next `letsconnect install`.
local p = {}

-- The rules and helpers (Module:Let's Connect/validate), with the session contract they follow.
local V = require("Module:Let's Connect/validate")
-- Who holds a place and who waits on a registration page, as the gadget reads it.
local places = require("Module:Let's Connect/places")
-- A root's Config: its sessions' defaults and its language.
local config = require("Module:Let's Connect/config")
local CONTRACT = V.CONTRACT
local DEFAULT_DURATION = CONTRACT.durations
local RESOURCE_KINDS = CONTRACT.resources
-- The gadget's filters: the rows the contract marks, named on each card.
local FILTERS = {}
for _, row in ipairs(CONTRACT.params) do if row.filter then table.insert(FILTERS, row.card or row.name) end end
FILTERS = table.concat(FILTERS, " ")


local clean, text, label, split, formatIn, formatDate, readArgs, rootOf, isKnownLanguage, isHttpUrl, isValidUsername, cardValue, validate =
	V.clean, V.text, V.label, V.split, V.formatIn, V.formatDate, V.readArgs, V.rootOf, V.isKnownLanguage, V.isHttpUrl, V.isValidUsername, V.cardValue, V.validate

-- The labels' language for a page of `root` (V.userLanguage: the reader's where MediaWiki says it,
-- else the root's), or its nearest fallback the labels have, else English.
local function labelLanguage(frame, root)
	return V.labelsLanguage(V.userLanguage(frame, root and config.language(root)))
end

-- The same for a page that is not a card: its root by its title (a hub's registration page).
local function pageLanguage(frame, args)
	if clean(args.root) ~= "" then return labelLanguage(frame, rootOf(args)) end
	return labelLanguage(frame, V.languageRoot(mw.title.getCurrentTitle()))
end

-- A node in the labels' language and its direction: no page needs Special:PageLanguage.
local function speaks(node, lang)
	return node:attr("lang", lang):attr("dir", mw.language.new(lang):getDir())
end

-- Text in its own direction inside any other (a name, a title): <bdi>.
local function isolated(wikitext)
	return "<bdi>" .. wikitext .. "</bdi>"
end

-- A label around a value given as wikitext (an isolated name): the label's words as text.
local function labelAround(lang, key, value)
	local words = label(lang, key, "\127")
	local before, after = words:match("^(.-)\127(.*)$")
	if not before then return mw.text.nowiki(words) end
	return mw.text.nowiki(before) .. value .. mw.text.nowiki(after)
end

local function addResourceLinks(node, args, lang)
	local links = {}
	for _, kind in ipairs(RESOURCE_KINDS) do
		local keys = {}
		for key, _ in pairs(args) do
			if type(key) == "string" and (key == kind or (key:sub(1, #kind + 1) == kind .. "-" and V.isLanguageForm(key))) then
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
	local box = speaks(mw.html.create("div"), lang):addClass("lc-session-invalid"):addClass("error"):attr("data-lc-invalid", clean(args.id))
		:css("border", "1px solid var(--border-color-error, #d33)"):css("padding", "8px 12px"):css("margin", "0 0 8px")
	box:tag("span"):wikitext(mw.text.nowiki(label(lang, "invalid")) .. " "):tag("b"):wikitext(text(args.title ~= nil and args.title or args.id))
	local list = box:tag("ul")
	for _, code in ipairs(problems) do list:tag("li"):attr("data-lc-problem", code):wikitext(mw.text.nowiki(V.problemText(code, args, nil, lang))) end
	local category = ""
	if mw.title.getCurrentTitle().namespace ~= 10 then
		category = "[[Category:Let's Connect sessions with errors]]"
	end
	return tostring(box) .. category
end

-- A session as a card: the same markup for the session page (mode "session") and for lists.
function p.render(frame, args, mode)
	local lang = labelLanguage(frame, rootOf(args))
	if clean(args.empty) == "yes" then
		local empty = mw.html.create("p"):addClass("lc-empty"):wikitext(mw.text.nowiki(label(lang, "empty")))
		-- A list of a root with no session yet: the gadget offers its liaisons to add the first one.
		if clean(args.root) ~= "" then
			return tostring(empty:attr("data-lc-empty-root", rootOf(args))) .. "[[Category:" .. CONTRACT.sessionsCategory .. "]]"
		end
		return tostring(empty)
	end
	local problems, utc, zone = validate(args)
	if #problems > 0 then return renderInvalid(args, problems, lang) end
	-- A wrong optional value costs that value, not the session: shown without it.
	local leftOut
	args, leftOut = V.withoutWrongValues(args, lang)
	-- Once people have signed up, the id belongs to the page the registration page names: a copy
	-- elsewhere is no session (no card, nothing to click), and says whose id it is.
	if mode == "session" then
		local owner = V.idOwner(rootOf(args), clean(args.id))
		if owner and not V.isOwnPage(owner) then
			local box = speaks(mw.html.create("div"), lang):addClass("lc-session-invalid"):addClass("error"):attr("data-lc-invalid", clean(args.id)):attr("data-lc-duplicate-of", owner.page)
				:css("border", "1px solid var(--border-color-error, #d33)"):css("padding", "8px 12px"):css("margin", "0 0 8px")
			box:tag("span"):wikitext(mw.text.nowiki(label(lang, "invalid")) .. " "):tag("b"):wikitext(text(args.title))
			-- The catalogue's words, with the owner's page as a link where $2 stands.
			local words = V.problemText("duplicate-id", args, "\127", lang)
			local before, after = words:match("^(.-)\127(.*)$")
			local link = mw.title.new(owner.page) and ("[[" .. owner.page .. "]]") or mw.text.nowiki(owner.page)
			box:tag("ul"):tag("li"):attr("data-lc-problem", "duplicate-id")
				:wikitext(mw.text.nowiki(before or words) .. (before and link .. mw.text.nowiki(after) or ""))
			return tostring(box) .. "[[Category:Let's Connect sessions with errors]]"
		end
	end

	local id = clean(args.id)
	-- Values as the contract reads them (validate has refused anything else).
	local values = {}
	for _, row in ipairs(CONTRACT.params) do values[row.name] = cardValue(row, args) end
	local kind = values.type
	local status = values.status
	local duration = tonumber(clean(args.duration)) or DEFAULT_DURATION[kind]
	local startSeconds = tonumber(formatDate("U", utc))
	local endUtc = formatDate("Y-m-d\\TH:i:s\\Z", "@" .. (startSeconds + duration * 60))
	local registration = values.registration
	local root = rootOf(args)
	local language = values.language
	-- Lists come from cardValue joined by spaces (as the card's data-lc-* carry them).
	local interpretation = mw.text.split(values.interpretation, " ", true)
	local audience = mw.text.split(values.audience, " ", true)
	if values.interpretation == "" then interpretation = {} end
	if values.audience == "" then audience = {} end
	local page = clean(args.page)
	if page == "" then page = mw.title.getCurrentTitle().prefixedText end

	local card = mw.html.create("div")
		:addClass("lc-session"):addClass("lc-type-" .. kind):addClass("lc-status-" .. status)
		:attr("data-lc-session", id)
		:attr("data-lc-start", utc):attr("data-lc-end", endUtc):attr("data-lc-duration", tostring(duration))
		:attr("data-lc-page", page):attr("data-lc-root", root)
		:attr("lang", lang):attr("dir", mw.language.new(lang):getDir())
		:css("border", "1px solid var(--border-color-subtle, #c8ccd1)"):css("border-radius", "2px")
		:css("padding", "8px 12px"):css("margin", "0 0 8px")
	-- Every attribute the contract gives a row (type, status, language, audience, title …).
	for _, row in ipairs(CONTRACT.params) do
		if row.card then card:attr("data-lc-" .. row.card, values[row.name]) end
	end
	card:attr("data-lc-filters", FILTERS)
	local capacity = tonumber(clean(args.capacity))
	if capacity and capacity > 0 then capacity = math.floor(capacity) else capacity = nil end
	if capacity then card:attr("data-lc-capacity", tostring(capacity)) end
	local registrationPage = V.subpage(root, "registrations", id)
	-- Lists carry the bot's counts; the session's own page counts its registration page itself,
	-- by the gadget's rule, so that every reader (logged in or not) sees the places.
	local registered, waitlisted = tonumber(clean(args.registered)), tonumber(clean(args.waitlisted))
	local registrationTitle = mode == "session" and mw.title.new(registrationPage)
	local noPageYet = false
	if registrationTitle and registrationTitle:getContent() then
		registered, waitlisted = places.counts(places.ofPage(registrationTitle, capacity))
	elseif registrationTitle then
		noPageYet = true
	end
	if registered then card:attr("data-lc-registered", tostring(math.floor(registered))) end
	if waitlisted then card:attr("data-lc-waitlisted", tostring(math.floor(waitlisted))) end
	-- Past sessions carry how many came (marks the bot verified: a sharer's or a liaison's own).
	local came = tonumber(clean(args.came))
	if came then card:attr("data-lc-came", tostring(math.floor(came))) end

	local head = card:tag("div"):addClass("lc-session-head")
	head:tag("span"):addClass("lc-session-type"):wikitext(mw.text.nowiki(label(lang, kind)))
	if status ~= "scheduled" then
		head:wikitext(" · "):tag("strong"):addClass("lc-session-status"):wikitext(mw.text.nowiki(label(lang, "state-" .. status)))
	end
	-- On the calendar of all hubs, each card names the hub that runs it.
	if values.hub ~= "" then
		head:wikitext(" · "):tag("span"):addClass("lc-session-hub"):attr("lang", ""):attr("dir", "auto"):wikitext(mw.text.nowiki(label(lang, "hub", values.hub)))
	end
	for _, who in ipairs(audience) do
		if V.isAllowed(V.rowByName("audience"), who) then
			head:wikitext(" · "):tag("span"):addClass("lc-session-audience"):attr("data-lc-audience-tag", who):wikitext(mw.text.nowiki(label(lang, who)))
		end
	end

	-- The title is in the session's language, whatever the reader's.
	local titleNode = card:tag("div"):addClass("lc-session-title"):css("font-weight", "bold")
		:attr("lang", language):attr("dir", "auto")
	if mode == "card" and mw.title.new(page) then
		titleNode:wikitext("[[" .. page .. "|" .. text(args.title) .. "]]")
	else
		titleNode:wikitext(text(args.title))
	end

	local when = card:tag("div"):addClass("lc-session-when")
	-- In the labels' language (V.formatIn), the timestamp itself where the language cannot.
	local function fmt(format, ts) return formatIn(lang, format, ts) or ts end
	when:tag("time"):addClass("lc-session-utc"):attr("datetime", utc)
		:wikitext(mw.text.nowiki(V.dateAndTime(lang, fmt("l j F Y", utc), fmt("H:i", utc)) .. "–" .. fmt("H:i", endUtc) .. " UTC"))
	if zone ~= "UTC" then
		when:wikitext(" "):tag("span"):addClass("lc-session-zone")
			:wikitext(mw.text.nowiki("(" .. clean(args.start):sub(12) .. " " .. zone .. ")"))
	end

	local meta = {}
	-- Each value isolated (<bdi>), so that a name in another script keeps its place in the list.
	if clean(args.topic) ~= "" then table.insert(meta, mw.text.nowiki(label(lang, "topic")) .. ": " .. isolated(text(args.topic))) end
	table.insert(meta, mw.text.nowiki(label(lang, "language")) .. ": " .. isolated(mw.text.nowiki(mw.language.fetchLanguageName(language, lang))))
	if #interpretation > 0 then
		local names = {}
		for _, code in ipairs(interpretation) do table.insert(names, isolated(mw.text.nowiki(mw.language.fetchLanguageName(code, lang)))) end
		table.insert(meta, mw.text.nowiki(label(lang, "interpretation")) .. ": " .. V.listIn(lang, names))
	end
	card:tag("div"):addClass("lc-session-meta"):wikitext(table.concat(meta, " · "))

	local sharers = split(args.sharers)
	if #sharers > 0 then
		local links = {}
		for _, user in ipairs(sharers) do
			local title = mw.title.new(user, 2)
			if title and not user:find("[%[%]|{}<>]") then
				table.insert(links, isolated("[[" .. title.prefixedText .. "|" .. mw.text.nowiki(user) .. "]]"))
			end
		end
		card:tag("div"):addClass("lc-session-sharers"):wikitext(mw.text.nowiki(label(lang, "sharers")) .. ": " .. V.listIn(lang, links))
	end
	if mode == "session" and clean(args.description) ~= "" then
		card:tag("div"):addClass("lc-session-description"):wikitext(text(args.description))
	end
	addResourceLinks(card, args, lang)

	local register = card:tag("div"):addClass("lc-session-register")
	-- The state in the gadget's words (sessionState in shared/sessions/session-state.ts).
	local state = places.sessionState(status, registration, endUtc, capacity, registered, waitlisted)
	local open = state == "open" or state == "full" or state == "waitlist"
	if open and noPageYet and not config.serves(root, mw.title.getCurrentTitle().prefixedText) then
		-- A page the bot publishes no session from (outside the root, not in session-pages): no
		-- registration page will come, so no promise of one (the bot's report tells the liaisons).
	elseif open and noPageYet then
		-- Not a red link to an empty page: the bot makes the registration page at its next run.
		register:tag("span"):addClass("lc-session-state"):attr("data-lc-state", "not-yet"):wikitext(mw.text.nowiki(label(lang, "registration-opens")))
	elseif open then
		register:wikitext("[[" .. registrationPage .. "|" .. mw.text.nowiki(label(lang, "signup")) .. "]]")
	else
		register:tag("span"):addClass("lc-session-state"):attr("data-lc-state", state):wikitext(mw.text.nowiki(label(lang, "state-" .. state)))
	end
	local counts = register:tag("div"):addClass("lc-session-counts")
	if state == "full" or state == "waitlist" then
		counts:tag("span"):addClass("lc-session-state"):attr("data-lc-state", state):wikitext(mw.text.nowiki(label(lang, "state-" .. state, waitlisted or 0)) .. " · ")
	end
	local parts = {}
	if status ~= "cancelled" and capacity then
		table.insert(parts, label(lang, "count-taken", registered or 0, capacity))
	elseif status ~= "cancelled" and registered then
		table.insert(parts, label(lang, "count-registered", registered))
	end
	if status ~= "cancelled" and waitlisted and waitlisted > 0 and state ~= "waitlist" then table.insert(parts, label(lang, "count-waitlisted", waitlisted)) end
	if came and state == "ended" then table.insert(parts, label(lang, "count-came", math.floor(came))) end
	counts:wikitext(mw.text.nowiki(table.concat(parts, " · ")))
	-- On the session's own page, what was left out and why, for the liaison who wrote it.
	local notice = ""
	if mode == "session" and #leftOut > 0 then
		local box = speaks(mw.html.create("div"), lang):addClass("lc-session-leftout"):attr("data-lc-leftout", id)
			:css("border", "1px solid var(--border-color-warning, #ab7f2a)"):css("padding", "8px 12px"):css("margin", "0 0 8px")
		box:tag("span"):wikitext(mw.text.nowiki(label(lang, "left-out")))
		local list = box:tag("ul")
		for _, item in ipairs(leftOut) do
			list:tag("li"):attr("data-lc-param", item.name):tag("code"):wikitext(mw.text.nowiki(item.name)):done():wikitext(": " .. mw.text.nowiki(item.why))
		end
		notice = tostring(box)
		if mw.title.getCurrentTitle().namespace ~= 10 then notice = notice .. "[[Category:Let's Connect sessions with warnings]]" end
	end
	-- The page shows a session: the gadget's definition loads it on pages of this (hidden) category only.
	return notice .. tostring(card) .. "[[Category:" .. CONTRACT.sessionsCategory .. "]]"
end

-- {{Let's Connect/Session}}: a session on its own page, with its root's defaults for what it
-- leaves out (the bot's lists carry every value already).
function p.session(frame)
	return p.render(frame, config.withSessionDefaults(readArgs(frame)), "session")
end

-- A session in a list: {{Let's Connect/Card|…}} by hand, or {{#invoke:Let's Connect|card|…}} as
-- the bot writes lists (half the post-expand size). Called with its own arguments it takes no
-- others: a page that transcludes a list cannot slip parameters into its cards.
function p.card(frame)
	if frame.args.id or frame.args.empty then
		local args = {}
		for k, v in pairs(frame.args) do args[k] = v end
		return p.render(frame, args, "card")
	end
	return p.render(frame, readArgs(frame), "card")
end

-- `rupa_sen` → `Rupa sen`, as MediaWiki stores user names (and as the codec compares them).
local function normaliseUser(name)
	return V.normaliseUsername(clean(name))
end

-- A user's name linked to their user page, or as text when it cannot be a title; isolated, so
-- that a name in another script keeps its own direction.
local function userLink(user)
	local title = mw.title.new(user, 2)
	if title and user ~= "" and not user:find("[%[%]|{}<>/]") then
		return isolated("[[" .. title.prefixedText .. "|" .. mw.text.nowiki(user) .. "]]")
	end
	return isolated(text(user))
end

-- {{Let's Connect/Hub}}: one hub on the registry page (ROOT/Hubs), in its own language and direction.
function p.hub(frame)
	local args = readArgs(frame)
	local name, root, language = clean(args.name), clean(args.root), clean(args.language):lower()
	local item = mw.html.create("span"):addClass("lc-hub"):attr("data-lc-hub", name)
	if isKnownLanguage(language) then
		item:attr("lang", language):attr("dir", mw.language.new(language):getDir())
	end
	local title = root ~= "" and mw.title.new(root)
	if title and name ~= "" and not name:find("[%[%]{}|<>#]") then
		item:wikitext("[[" .. title.prefixedText .. "|" .. mw.text.nowiki(name) .. "]]")
		item:wikitext(" · [[" .. title.prefixedText .. "/Calendar|" .. mw.text.nowiki(mw.language.fetchLanguageName(language, language)) .. "]]")
	else
		item:wikitext(text(name))
	end
	return "* " .. tostring(item)
end

-- {{Let's Connect/Registration}}: one line of a registration page, as written: whose, when it
-- was added or cancelled, and the choices on it. Whether this person has a place or waits is not
-- the line's to say: the header above lists the places, by the order of sign-ups.
function p.registration(frame)
	local args = readArgs(frame)
	local lang = pageLanguage(frame, args)
	local user = normaliseUser(args.user)
	local status = clean(args.status):lower() == "cancelled" and "cancelled" or "registered"
	-- A temporary account's line counts for nothing (the codec's rule): say so where it stands.
	if V.isTemporaryAccount(user) then status = "temporary" end
	local item = speaks(mw.html.create("span"):addClass("lc-registration"):attr("data-lc-user", user):attr("data-lc-registration-status", status), lang)
	item:wikitext(userLink(user))
	-- A cancelled line shows when it was cancelled (the gadget writes it), never the sign-up's date.
	local date = status == "cancelled" and clean(args.cancelled) or clean(args.registered)
	local when = date ~= "" and formatIn(lang, "j F Y", date)
	if status == "temporary" then
		item:wikitext(" — " .. mw.text.nowiki(label(lang, "regstatus_temporary")))
	elseif when then
		item:wikitext(" — " .. mw.text.nowiki(label(lang, status == "cancelled" and "places-cancelled-on" or "places-signed-up", when)))
	elseif status == "cancelled" then
		item:wikitext(" — " .. mw.text.nowiki(label(lang, "regstatus_cancelled")))
	end
	local wanted = clean(args.interpretation):lower()
	if wanted ~= "" and isKnownLanguage(wanted) then
		item:wikitext(" · " .. labelAround(lang, "interpretation_wanted", isolated(mw.text.nowiki(mw.language.fetchLanguageName(wanted, lang)))))
	end
	if clean(args.attended) == "yes" then item:wikitext(" · " .. mw.text.nowiki(label(lang, "attended"))) end
	local out = tostring(item)
	if status ~= "registered" then out = "<s>" .. out .. "</s>" end
	return "* " .. out
end

-- One person in the header's lists: their name, then when they signed up or cancelled.
local function placeItem(list, r, lang, came)
	local item = list:tag("li"):attr("data-lc-user", r.user):attr("data-lc-place", r.status)
	item:wikitext(userLink(r.user))
	-- A cancelled line without its date (cancelled before the gadget wrote one) says cancelled,
	-- never the sign-up's date as if it were the cancellation's.
	local date
	if r.status == "cancelled" then date = r.cancelledAt else date = r.registered end
	local when = date and formatIn(lang, "j F Y", date)
	if when then
		item:wikitext(" — " .. mw.text.nowiki(label(lang, r.status == "cancelled" and "places-cancelled-on" or "places-signed-up", when)))
	elseif r.status == "cancelled" then
		item:wikitext(" — " .. mw.text.nowiki(label(lang, "regstatus_cancelled")))
	end
	if r.status == "cancelled" and r.cancelledAt then item:attr("data-lc-cancelled", r.cancelledAt) end
	local wanted = (r.interpretation or ""):lower()
	if wanted ~= "" and isKnownLanguage(wanted) then
		item:wikitext(" · " .. labelAround(lang, "interpretation_wanted", isolated(mw.text.nowiki(mw.language.fetchLanguageName(wanted, lang)))))
	end
	-- Came, as the bot verified it (a sharer's or a liaison's mark), not as any line now says.
	if came[r.user] then item:wikitext(" · " .. mw.text.nowiki(label(lang, "attended"))) end
	return item
end

-- The places on this page, as the gadget reads them: places taken of the capacity, who has a
-- place, the waitlist with positions, who cancelled and when.
local function placesBox(box, args, lang)
	local capacity = tonumber(clean(args.capacity))
	capacity = capacity and capacity > 0 and math.floor(capacity) or nil
	local list = places.ofPage(mw.title.getCurrentTitle(), capacity)
	local roster = places.rosterOf(mw.title.getCurrentTitle().prefixedText)
	local came = roster and type(roster.attended) == "table" and roster.attended or {}
	local registered, waitlisted = places.counts(list)
	local status = clean(args.status):lower()
	local state = places.sessionState(status, clean(args.registration):lower(), clean(args["end"]), capacity, registered, waitlisted)
	local section = box:tag("div"):addClass("lc-places"):attr("data-lc-state", state)
		:attr("data-lc-places-registered", tostring(registered)):attr("data-lc-places-waitlisted", tostring(waitlisted))
	local summary = { label(lang, "state-" .. state, waitlisted) }
	if capacity then
		table.insert(summary, label(lang, "count-taken", registered, capacity))
	else
		table.insert(summary, label(lang, "count-registered", registered))
	end
	if waitlisted > 0 and state ~= "waitlist" then table.insert(summary, label(lang, "count-waitlisted", waitlisted)) end
	section:tag("div"):addClass("lc-places-summary"):wikitext(mw.text.nowiki(table.concat(summary, " · ")))
	local groups = {
		{ status = "registered", key = "places-registered", tag = "ol" },
		{ status = "waitlisted", key = "places-waitlist", tag = "ol" },
		{ status = "cancelled", key = "places-cancelled", tag = "ul" },
	}
	for _, group in ipairs(groups) do
		local members = {}
		for _, r in ipairs(list) do if r.status == group.status then table.insert(members, r) end end
		if #members > 0 then
			section:tag("div"):addClass("lc-places-heading"):css("font-weight", "bold"):css("margin-top", "4px")
				:wikitext(mw.text.nowiki(label(lang, group.key, #members)))
			local node = section:tag(group.tag):addClass("lc-places-" .. group.status)
			for position, r in ipairs(members) do
				local item = placeItem(node, r, lang, came)
				if group.status == "waitlisted" then item:attr("data-lc-position", tostring(position)) end
			end
		end
	end
	if #list == 0 then section:tag("div"):wikitext(mw.text.nowiki(label(lang, "places-none"))) end
	section:tag("div"):addClass("lc-places-lines"):css("font-size", "90%"):css("margin-top", "4px")
		:wikitext(mw.text.nowiki(label(lang, "places-lines")))
	return state
end

-- {{Let's Connect/Registrations}}: the bot's header on a registration page, with the session's
-- state as its own page says it (the gadget reads these values, never a card's attributes), and
-- the places as the gadget reads them.
function p.registrations(frame)
	local args = readArgs(frame)
	local lang = pageLanguage(frame, args)
	local box = mw.html.create("div"):addClass("lc-registrations-header")
		:attr("data-lc-header-session", clean(args.session))
		:attr("lang", lang):attr("dir", mw.language.new(lang):getDir())
		:css("border-left", "4px solid var(--border-color-progressive, #36c)"):css("padding", "4px 12px"):css("margin", "0 0 8px")
	local page = mw.title.new(clean(args.page))
	local heading = box:tag("div"):css("font-weight", "bold"):attr("lang", ""):attr("dir", "auto")
	if page then heading:wikitext("[[:" .. page.prefixedText .. "|" .. text(args.title) .. "]]") else heading:wikitext(text(args.title)) end
	local start = clean(args.start)
	local day, time = start ~= "" and formatIn(lang, "l j F Y", start), start ~= "" and formatIn(lang, "H:i", start)
	if day and time then box:tag("div"):wikitext(mw.text.nowiki(V.dateAndTime(lang, day, time) .. " UTC")) end
	if placesBox(box, args, lang) ~= "ended" then return tostring(box) end
	-- After the session, its sharers and the root's liaisons mark who came: the gadget offers them a
	-- sheet here (the bot counts only the marks their own accounts saved).
	local root = mw.title.getCurrentTitle().prefixedText:match("^(.*)/" .. CONTRACT.subpages.registrations .. "/[^/]+$")
	local markers = {}
	for _, list in ipairs({ clean(args.sharers), root and (config.params(root) or {}).liaisons or "" }) do
		for _, name in ipairs(V.split(list)) do
			if V.isValidUsername(name) then table.insert(markers, V.normaliseUsername(name)) end
		end
	end
	box:tag("div"):addClass("lc-attendance"):attr("data-lc-attendance", clean(args.session))
		:attr("data-lc-markers", table.concat(markers, "|"))
		:wikitext(mw.text.nowiki(label(lang, "attendance-by-hand")))
	-- The gadget loads on pages of this hidden category.
	return tostring(box) .. "[[Category:" .. CONTRACT.sessionsCategory .. "]]"
end

-- {{Let's Connect/Join}}: where a page invites people to join. The gadget puts its Join button
-- here (it loads on pages of the sessions' hidden category); without it, the text says how.
function p.join(frame)
	local args = readArgs(frame)
	local root = rootOf(args)
	local lang = labelLanguage(frame, root)
	local box = speaks(mw.html.create("div"):addClass("lc-join-here"):attr("data-lc-join-root", root), lang)
	box:wikitext(mw.text.nowiki(label(lang, "join-by-hand", V.subpage(root, "participants", label(lang, "join-your-name")))))
	return tostring(box) .. "[[Category:" .. CONTRACT.sessionsCategory .. "]]"
end

-- {{Let's Connect/Participant}}: a profile on ROOT/Participants/<username>.
function p.participant(frame)
	local args = readArgs(frame)
	local lang = pageLanguage(frame, args)
	local user = clean(args.user)
	if user == "" then
		user = mw.title.getCurrentTitle().text:match("/" .. CONTRACT.subpages.participants .. "/([^/]+)$") or ""
	end
	local box = mw.html.create("div"):addClass("lc-participant"):attr("data-lc-participant", user)
		:attr("lang", lang):attr("dir", mw.language.new(lang):getDir())
		:css("border", "1px solid var(--border-color-subtle, #c8ccd1)"):css("padding", "8px 12px"):css("margin", "0 0 8px")
	local title = isValidUsername(user) and mw.title.new(user, 2)
	local head = box:tag("div"):addClass("lc-participant-user"):css("font-weight", "bold")
	if title then head:wikitext(isolated("[[" .. title.prefixedText .. "|" .. mw.text.nowiki(user) .. "]]")) else head:wikitext(isolated(text(user))) end
	local list = box:tag("ul")
	local function row(key, value)
		if value ~= "" then list:tag("li"):addClass("lc-participant-" .. key):wikitext(mw.text.nowiki(label(lang, key)) .. ": " .. value) end
	end
	row("affiliate", text(args.affiliate))
	row("country", text(args.country))
	row("region", text(args.region))
	-- Language codes as names in the reader's language.
	local function languageNames(value)
		local names = {}
		for _, code in ipairs(split(clean(value):lower())) do
			table.insert(names, isolated(mw.text.nowiki(isKnownLanguage(code) and mw.language.fetchLanguageName(code, lang) or code)))
		end
		return V.listIn(lang, names)
	end
	row("languages", languageNames(args.languages))
	row("home", text(args.home))
	for _, key in ipairs({ "share", "learn", "follow-topics" }) do
		local skills = split(args[key])
		for i, skill in ipairs(skills) do skills[i] = isolated(mw.text.nowiki(skill)) end
		row(key, V.listIn(lang, skills))
	end
	row("follow-languages", languageNames(args["follow-languages"]))
	local hubs = split(args["follow-hubs"])
	for i, hub in ipairs(hubs) do hubs[i] = isolated(mw.text.nowiki(hub)) end
	row("follow-hubs", V.listIn(lang, hubs))
	local joined = clean(args.joined)
	if joined:match("^%d%d%d%d%-%d%d$") then joined = joined .. "-01" end
	row("joined", joined ~= "" and mw.text.nowiki(formatIn(lang, "F Y", joined) or joined) or "")
	return tostring(box)
end

-- {{Let's Connect/Month|2026-12}}: a month heading of the calendar, in the reader's language.
function p.month(frame)
	local args = readArgs(frame)
	local lang = pageLanguage(frame, args)
	local month = clean(args[1])
	if not month:match("^%d%d%d%d%-%d%d$") then
		return '<strong class="error">' .. mw.text.nowiki("Month must be written YYYY-MM: " .. month) .. "</strong>"
	end
	local name = formatIn(lang, "F Y", month .. "-01")
	local heading = speaks(mw.html.create("h3"):addClass("lc-month"):attr("data-lc-month", month), lang):wikitext(mw.text.nowiki(name or month))
	return tostring(heading)
end

-- {{Let's Connect/Intro|calendar}}: the opening words of a root's own page (its calendar, archive,
-- resources, participants, report, Config, a registration page), from the labels, in the root's
-- language whoever reads them (the cards' labels are the reader's): a hub's pages read in its
-- language, and a translator who adds a language to the labels adds it here too.
function p.intro(frame)
	local args = readArgs(frame)
	local kind = clean(args[1])
	local root = clean(args.root) ~= "" and rootOf(args) or V.languageRoot(mw.title.getCurrentTitle())
	local lang = V.labelsLanguage(V.rootPageLanguage(frame, root and config.language(root)))
	if not V.LABELS.en["intro-" .. kind] then
		return '<strong class="error">' .. mw.text.nowiki("Unknown page kind: " .. kind) .. "</strong>"
	end
	return tostring(speaks(mw.html.create("div"):addClass("lc-intro"):attr("data-lc-intro", kind), lang)
		:wikitext(mw.text.nowiki(label(lang, "intro-" .. kind))))
end

-- {{Let's Connect/Config}}: the programme's settings shown as a table for liaisons.
function p.config(frame)
	local args = readArgs(frame)
	local keys = {}
	for key, _ in pairs(args) do if type(key) == "string" then table.insert(keys, key) end end
	table.sort(keys)
	-- What each setting is (the contract's Config rows), so that a setting the bot does not know
	-- shows as such instead of being ignored in silence.
	local known = {}
	for _, row in ipairs(CONTRACT.config) do known[row.name] = row.description end
	-- For liaisons, in English like the bot's report.
	local table_ = mw.html.create("table"):addClass("wikitable"):addClass("lc-config"):attr("lang", "en"):attr("dir", "ltr")
	table_:tag("tr"):tag("th"):wikitext("Setting"):done():tag("th"):wikitext("Value")
	for _, key in ipairs(keys) do
		local row = table_:tag("tr"):attr("data-lc-setting", key)
		-- What it is under its name, not in a column of its own: two columns still fit a phone.
		local name = row:tag("td")
		name:tag("code"):wikitext(mw.text.nowiki(key))
		local about = name:tag("div"):css("font-size", "0.875em")
		if known[key] then
			about:css("color", "var(--color-subtle, #54595d)"):wikitext(mw.text.nowiki(known[key]))
		else
			row:attr("data-lc-unknown-setting", key)
			about:addClass("error"):wikitext(mw.text.nowiki("Not a setting of the Config: the bot ignores it. Check its spelling."))
		end
		row:tag("td"):wikitext(text(args[key]))
	end
	return tostring(table_)
end

return p
