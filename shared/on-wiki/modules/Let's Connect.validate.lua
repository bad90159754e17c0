-- The rules Module:Let's Connect checks sessions by, and the helpers it reads values with:
-- clean values, lists, links, user names, times; the session contract (Module:Let's Connect/contract,
-- written by `letsconnect install` from shared/model/session-contract.ts) and the problems it names.
-- Source: the lets-connect-tools repository (shared/on-wiki/modules); edits here are overwritten.
local V = {}
local CONTRACT = mw.loadData("Module:Let's Connect/contract")
V.CONTRACT = CONTRACT

-- A value's form by the contract's name for it (shared/value-forms.ts, written into the contract
-- module): one of `exact`, or (lower-cased when `lower`) matching every `match` pattern and no
-- `refuse` pattern, and no longer than `maxLength` characters and `maxBytes` bytes.
function V.fits(name, value)
	local form = CONTRACT.forms[name]
	if form.maxLength and (mw.ustring.len(value) or #value) > form.maxLength then return false end
	if form.maxBytes and #value > form.maxBytes then return false end
	if form.exact then
		for _, exact in ipairs(form.exact) do if value == exact then return true end end
	end
	local v = form.lower and value:lower() or value
	for _, pattern in ipairs(form.match) do if not v:find(pattern) then return false end end
	if form.refuse then
		for _, pattern in ipairs(form.refuse) do if v:find(pattern) then return false end end
	end
	return true
end
-- A JSON page translators edit on the wiki (install adds new labels, never changes theirs).
V.LABELS = mw.loadJsonData("Module:Let's Connect/labels.json")
local DEFAULT_ROOT = CONTRACT.defaultRoot

-- A root's subpage by its part in the contract (titles.ts's SUBPAGES): `ROOT/Sessions`, or with
-- `rest`, `ROOT/Sessions/<rest>`.
function V.subpage(root, part, rest)
	local title = root .. "/" .. CONTRACT.subpages[part]
	if rest then return title .. "/" .. rest end
	return title
end

-- A region's marker as a Lua pattern (regions.ts's markers; ASCII white space, as there).
function V.regionMarker(which, name)
	local words = CONTRACT.regionMarkers[which]:gsub("%p", "%%%0")
	return "<!%-%-%s*" .. words .. "%s+" .. name:gsub("%p", "%%%0") .. "%s*%-%->"
end

-- Problems are for liaisons, in English like the bot's report, with the same codes and words: the
-- contract's catalogue (SESSION_PROBLEMS in session-contract.ts) and each row's message, `$1`
-- standing for the value (quoted as the codec quotes it, at most 80 characters).
local function quoted(value)
	if mw.ustring.len(value) > 80 then return mw.ustring.sub(value, 1, 80) .. "…" end
	return value
end

function V.fillMessage(template, value, second)
	return (template:gsub("%$(%d)", function(n)
		if n == "1" and value then return quoted(value) end
		if n == "2" and second then return second end
		return "$" .. n
	end))
end

local rowsByName = {}
for _, row in ipairs(CONTRACT.params) do rowsByName[row.name] = row end

-- The contract's row of a parameter (its values, its kind).
function V.rowByName(name)
	return rowsByName[name]
end

local rowsByProblem = {}
for _, row in ipairs(CONTRACT.params) do
	if row.problem and row.message then rowsByProblem[row.problem] = row end
end

-- Kept for a main module from before the catalogue (an install writes the modules one by one,
-- this one first): the words of a problem without its value.
V.PROBLEMS = setmetatable({}, { __index = function(_, code) return V.problemText(code, {}) end })

-- A problem's words in `lang` (the contract carries es, fr, ar and pt beside English).
local function wordsIn(entry, lang)
	return (lang and entry.messages and entry.messages[lang]) or entry.message
end
V.wordsIn = wordsIn

-- What the box says of a problem of the session `args`: the report's words, in `lang` when given.
function V.problemText(code, args, second, lang)
	local entry = CONTRACT.problems[code]
	if entry then
		return V.fillMessage(wordsIn(entry, lang), entry.param and V.clean(args[entry.param]), second)
	end
	local row = rowsByProblem[code]
	if row then return V.fillMessage(wordsIn(row, lang), V.clean(args[row.name])) end
	return code
end

-- Bidirectional controls can reorder what a reader sees; they are never needed in these values.
local BIDI = "[" .. mw.ustring.char(0x202A) .. "-" .. mw.ustring.char(0x202E)
	.. mw.ustring.char(0x2066) .. "-" .. mw.ustring.char(0x2069) .. "]"

function V.clean(value)
	if value == nil then return "" end
	-- Translate's tags, where the extension has not removed them (as the codec reads values).
	-- Openers and closers each on their own, as translate-markup.ts does (any case).
	local lower = value:lower()
	if lower:find("<translate", 1, true) or lower:find("<tvar", 1, true) or lower:find("<languages", 1, true) then
		value = value:gsub("<[Tt][Rr][Aa][Nn][Ss][Ll][Aa][Tt][Ee]%f[%s>][^>]*>", ""):gsub("</[Tt][Rr][Aa][Nn][Ss][Ll][Aa][Tt][Ee]%s*>", "")
			:gsub("<[Tt][Vv][Aa][Rr]%f[%s>][^>]*>", ""):gsub("</[Tt][Vv][Aa][Rr]%s*>", ""):gsub("</>", "")
			:gsub("<[Ll][Aa][Nn][Gg][Uu][Aa][Gg][Ee][Ss]%s*/>", "")
	end
	value = mw.text.decode(mw.text.trim(value))
	value = mw.ustring.gsub(value, BIDI, "")
	return value
end

-- Text shown as text: no markup, link, category, signature or template can come out of it.
function V.text(value)
	return mw.text.nowiki(V.clean(value))
end

-- A label with its parameters ($1, $2 …) and its {{PLURAL:n|…}} by the language's rules, as
-- formatMessage in shared/i18n/format-message.ts formats the gadget's messages.
function V.label(lang, key, ...)
	local set = V.LABELS[lang] or V.LABELS.en
	local message = set[key] or V.LABELS.en[key] or key
	local params = { ... }
	local language = V.LABELS[lang] and lang or "en"
	-- Plurals by the number itself, then numbers in the language's digits (formatNum), as the
	-- gadget's formatMessage does with Intl.
	message = message:gsub("{{PLURAL:%s*([^|}]*)|([^{}]*)}}", function(count, forms)
		local n = mw.text.trim(count):match("^%$(%d)$")
		local number = n and tonumber(params[tonumber(n)]) or tonumber((count:gsub("[%s,.]", "")))
		if not number then return nil end
		return mw.language.new(language):convertPlural(number, mw.text.split(forms, "|", true))
	end)
	message = message:gsub("%$(%d)", function(n)
		local value = params[tonumber(n)]
		if type(value) == "number" then return mw.language.new(language):formatNum(value) end
		return value ~= nil and tostring(value) or nil
	end)
	return message
end

-- The language's comma (MediaWiki's comma-separator, ",&#32;" as stored: decoded to text).
local function commaIn(lang)
	local ok, comma = pcall(function() return mw.message.new("comma-separator"):inLanguage(lang):plain() end)
	return ok and mw.text.decode(comma) or ", "
end

-- Items of a list joined as the language joins them ("، " in Arabic).
function V.listIn(lang, items)
	return table.concat(items, commaIn(lang))
end

-- Date and time joined as the language joins them (text: nowiki it with the rest).
function V.dateAndTime(lang, date, time)
	return date .. commaIn(lang) .. time
end

local function languageCode(text)
	return V.fits("languageCode", text) and text or nil
end

-- The language of the labels: a page whose language is not the wiki's (a translated subpage,
-- /ar with page language ar) reads in its own language; any other page in the reader's, by
-- {{USERLANGUAGE}} where the wiki has it on ($wgParserEnableUserLanguage, as on Meta; off, it
-- says the wiki's language), else by {{int:lang}} where the wiki has the MediaWiki:Lang pages;
-- where MediaWiki cannot say (1.39 without those pages), the root's language (its Config's).
function V.userLanguage(frame, rootLanguage)
	local content = mw.language.getContentLanguage():getCode()
	local page = languageCode(frame:preprocess("{{PAGELANGUAGE}}"))
	if page and page ~= content then return page end
	local user = languageCode(frame:preprocess("{{USERLANGUAGE}}"))
	if user then return user end
	local int = languageCode(frame:preprocess("{{int:lang}}"))
	if int then return int end
	return rootLanguage or content
end

-- The language of a root's own words (a page's opening words): its page language where set,
-- else the root's (a hub's pages read in the hub's language, whoever reads them).
function V.rootPageLanguage(frame, rootLanguage)
	local content = mw.language.getContentLanguage():getCode()
	local page = languageCode(frame:preprocess("{{PAGELANGUAGE}}"))
	if page and page ~= content then return page end
	return rootLanguage or content
end

-- The first of `lang` and its fallbacks (pt-br → pt) that has labels, else English.
function V.labelsLanguage(lang)
	if V.LABELS[lang] then return lang end
	local ok, fallbacks = pcall(mw.language.getFallbacksFor, lang)
	for _, code in ipairs(ok and fallbacks or {}) do
		if V.LABELS[code] then return code end
	end
	return "en"
end

-- Kept for a main module from before Module:Let's Connect/config (an install writes the modules one
-- by one): the same, from there. Required when called, not when loaded (config requires this).
function V.withSessionDefaults(args)
	return require("Module:Let's Connect/config").withSessionDefaults(args)
end

function V.isHttpUrl(value)
	return V.fits("link", value)
end

function V.split(value)
	local out = {}
	-- The contract's separators (shared/wikitext/lists.ts), none of them magic in a Lua set.
	for part in mw.text.gsplit(V.clean(value), "%s*[" .. CONTRACT.listSeparators .. "]%s*") do
		if part ~= "" then table.insert(out, part) end
	end
	return out
end

-- A date in the reader's language (digits and month names), or nil when it is not a date.
function V.formatIn(lang, format, timestamp)
	local ok, result = pcall(function() return mw.language.new(lang):formatDate(format, timestamp) end)
	if ok then return result end
	return nil
end

function V.formatDate(format, timestamp)
	local ok, result = pcall(function()
		return mw.getContentLanguage():formatDate(format, timestamp)
	end)
	if ok then return result end
	return nil
end

-- The start written in its own zone, converted to UTC the way #time does.
function V.toUtc(start, zone)
	if not start:match("^%d%d%d%d%-%d%d%-%d%d %d%d:%d%d$") then return nil, "invalid-start" end
	if V.formatDate("Y-m-d H:i", start) ~= start then return nil, "impossible-date" end
	-- UTC or Area/Location only, and not Etc/GMT+5 (shared/value-forms.ts says why).
	if not V.fits("timeZone", zone) then return nil, "unknown-timezone" end
	local utc = V.formatDate("Y-m-d\\TH:i:s\\Z", start .. " " .. zone)
	if not utc then return nil, "unknown-timezone" end
	return utc
end

function V.readArgs(frame)
	local args = {}
	local parent = frame:getParent()
	if parent then
		for k, v in pairs(parent.args) do args[k] = v end
	end
	for k, v in pairs(frame.args) do args[k] = v end
	return args
end

-- The root named by `root=`, else the page's own (V.pageRoot), else the default root.
function V.rootOf(args)
	local root = V.clean(args.root)
	-- A root that is not a plain title could smuggle a link into the sign-up line.
	-- As MediaWiki writes it (normaliseTitle in titles.ts): the gadget trusts a card by its root's exact title.
	local title = root ~= "" and not root:find("[%[%]{}|<>#]") and mw.title.new(root)
	if title then return title.prefixedText end
	return V.pageRoot(mw.title.getCurrentTitle()) or DEFAULT_ROOT
end

-- The root a page belongs to by itself: `<root>/Sessions/…`, or a root's own page (one with a
-- /Config). As read-programme.ts gives a page its root's session defaults.
function V.pageRoot(title)
	local root = V.sessionRootOf(title.prefixedText)
	if root then return root end
	local config = mw.title.new(V.subpage(title.prefixedText, "config"))
	if config and config:getContent() then return title.prefixedText end
	return nil
end

-- `<root>/Sessions/…` → `<root>` (a session page's translation `/xx` too), as titles.ts's sessionRootOf.
function V.sessionRootOf(title)
	local sessions = "/" .. CONTRACT.subpages.sessions .. "/"
	local at = title:find(sessions, 1, true)
	if at and at > 1 and #title > at + #sessions - 1 then return title:sub(1, at - 1) end
	return nil
end

-- The root whose language a page reads in: a session's, registration or profile page's root, a
-- root itself or one of its own pages (ROOT/Calendar), each known by its /Config.
function V.languageRoot(title)
	local text = title.prefixedText
	for _, part in ipairs({ "sessions", "registrations", "participants" }) do
		local at = text:find("/" .. CONTRACT.subpages[part] .. "/", 1, true)
		if at and at > 1 then return text:sub(1, at - 1) end
	end
	local root = V.pageRoot(title)
	if root then return root end
	local parent = text:match("^(.+)/[^/]+$")
	local config = parent and mw.title.new(V.subpage(parent, "config"))
	if config and config:getContent() then return parent end
	return nil
end

-- The page an id belongs to, as the bot's header on its registration page names it (page id,
-- which a move keeps, and title), or nil before anyone has registered.
function V.idOwner(root, id)
	local title = mw.title.new(V.subpage(root, "registrations", id))
	local content = title and title:getContent()
	if not content then return nil end
	local region = content:match(V.regionMarker("begin", "header") .. "(.-)" .. V.regionMarker("end", "header"))
	if not region or not region:find("|session=" .. id:gsub("%-", "%%-") .. "|", 1, false) then return nil end
	local page = region:match("|page=([^|}]*)")
	if not page then return nil end
	-- Written escaped by the bot (& as &amp;): read as the title it is.
	return { page = V.clean(page), pageid = tonumber(region:match("|pageid=(%d+)")) }
end

-- Whether the page being rendered is the owner's (or a translation of it, Translate's `/es`), as
-- readSessionsFromPages decides which page keeps an id.
function V.isOwnPage(owner)
	local current = mw.title.getCurrentTitle()
	-- Translate's subpage: named by a language code, and in that language (as isTranslationOf).
	local function translationOf(page)
		local rest = current.prefixedText:sub(#page + 2)
		return current.prefixedText:sub(1, #page + 1) == page .. "/" and V.isLanguageCodeForm(rest)
			and mw.getCurrentFrame():preprocess("{{PAGELANGUAGE}}") == rest
	end
	if owner.pageid and current.id == owner.pageid then return true end
	if not owner.pageid and current.prefixedText == owner.page then return true end
	return translationOf(owner.page)
end

function V.isKnownLanguage(code)
	return V.fits("languageCode", code) and mw.language.fetchLanguageName(code, "en") ~= ""
end

-- As normaliseUsername (shared/model/usernames.ts): underscores are spaces, a `User:` prefix
-- dropped, the first letter capital. A valid name and a temporary account's (`~2026-12345-67`)
-- follow it, with the contract's form of a user name.
-- White space as the codec's \s knows it, beyond ASCII's (MediaWiki reads these as spaces in titles).
local SPACES = "[%s" .. mw.ustring.char(0xA0, 0x1680, 0x2000) .. "-" .. mw.ustring.char(0x200A)
	.. mw.ustring.char(0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF) .. "]+"

function V.normaliseUsername(raw)
	local name = mw.text.trim((mw.ustring.gsub(raw:gsub("_", " "), SPACES, " ")))
	name = name:gsub("^[Uu][Ss][Ee][Rr]%s*:%s*", "")
	return mw.ustring.upper(mw.ustring.sub(name, 1, 1)) .. mw.ustring.sub(name, 2)
end

function V.isTemporaryAccount(name)
	return V.normaliseUsername(name):sub(1, 1) == "~"
end

function V.isValidUsername(raw)
	return V.fits("userName", V.normaliseUsername(raw))
end

-- The contract's link rows by name (meeting, recording, slides, audio), for their per-language forms.
local linkRows = {}
for _, row in ipairs(CONTRACT.params) do if row.kind == "url" then linkRows[row.name] = row end end

-- One value against its row of the contract (as checkValue in shared/sessions/read-sessions.ts).
function V.isAllowed(row, value)
	if row.kind == "choice" or row.kind == "choices" then
		for _, allowed in ipairs(row.values) do if value:lower() == allowed then return true end end
		return false
	elseif row.kind == "whole" then
		local n = value:match("^%d+$") and tonumber(value)
		return n ~= nil and n >= (row.min or 0) and (row.max == nil or n <= row.max)
	elseif row.kind == "url" then
		return V.isHttpUrl(value)
	elseif row.kind == "users" then
		return V.isValidUsername(value)
	elseif row.kind == "languages" then
		-- Only the form is checked here; an unknown but well-formed code is the bot report's warning.
		return V.fits("languageCode", value:lower())
	end
	return true
end

-- A row's value as the card carries it in data-lc-*: a choice or its default, lists by spaces.
function V.cardValue(row, args)
	local value = V.clean(args[row.name])
	if row.kind == "choice" then
		value = value:lower()
		return value ~= "" and value or (row.default or "")
	elseif row.single then
		-- One value (the session's language): a comma in it is part of it, as in the codec.
		return value ~= "" and value:lower() or (row.default or "")
	elseif row.kind == "choices" or row.kind == "languages" then
		local list = V.split(value ~= "" and value:lower() or (row.default or ""))
		return table.concat(list, " ")
	end
	return value
end

-- Edits between two names (adjacent swaps count one), as editDistance in session-contract.ts.
local function editDistance(a, b)
	local d = {}
	for i = 0, #a do d[i] = { [0] = i } end
	for j = 0, #b do d[0][j] = j end
	for i = 1, #a do
		for j = 1, #b do
			local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
			d[i][j] = math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
			if i > 1 and j > 1 and a:sub(i, i) == b:sub(j - 1, j - 1) and a:sub(i - 1, i - 1) == b:sub(j, j) then
				d[i][j] = math.min(d[i][j], d[i - 2][j - 2] + 1)
			end
		end
	end
	return d[#a][#b]
end

-- The row an unknown parameter most likely means (closestParam in session-contract.ts).
function V.closestParam(name)
	local key = mw.ustring.lower(mw.text.trim(name)):gsub("_", " ")
	if CONTRACT.aliases and CONTRACT.aliases[key] then return CONTRACT.aliases[key] end
	local tolerance = #key <= 4 and 1 or 2
	local best, bestDistance
	for _, row in ipairs(CONTRACT.params) do
		local distance = editDistance(key, row.name)
		if distance <= tolerance and (not best or distance < bestDistance) then best, bestDistance = row.name, distance end
	end
	return best
end

-- A language code's form (es, pt-br, zh-hans): the contract's, as shared/value-forms.ts gives it.
function V.isLanguageCodeForm(code)
	return V.fits("languageCode", code)
end

-- A per-language form of a link row (recording-es), as isLanguageForm in session-contract.ts.
local function isLanguageForm(name)
	local base, code = name:match("^([a-z]+)%-(.*)$")
	if not base or not V.isLanguageCodeForm(code) then return false end
	for _, kind in ipairs(CONTRACT.resources) do if kind == base then return true end end
	return false
end
V.isLanguageForm = isLanguageForm

-- The args a session is shown with: every wrong optional value left out (a wrong entry of a list
-- too), as the codec leaves it out; and what was left out, with why, for the session page's box.
-- Unknown parameters are named there too, with the row they likely mean.
function V.withoutWrongValues(args, lang)
	local kept, leftOut = {}, {}
	for key, value in pairs(args) do kept[key] = value end
	for key, value in pairs(args) do
		local name = type(key) == "string" and key or nil
		local row = name and (rowsByName[name] or (isLanguageForm(name) and linkRows[name:match("^([a-z]+)%-")]))
		local v = V.clean(value)
		if type(key) == "number" then
			table.insert(leftOut, { name = tostring(key), why = V.label(lang or "en", "leftout-unnamed") })
		elseif not row then
			if name ~= "registered" and name ~= "waitlisted" and name ~= "page" then
				local meant = V.closestParam(name)
				table.insert(leftOut, { name = name, why = meant and V.label(lang or "en", "leftout-unknown-meant", meant) or V.label(lang or "en", "leftout-unknown") })
			end
		elseif row.problem and not row.keepUnknown and v ~= "" then
			if row.kind == "choices" or row.kind == "users" then
				local good, bad = {}, nil
				for _, one in ipairs(V.split(v)) do
					-- Quoted as the codec reads it: lower-cased, but for user names.
					if V.isAllowed(row, one) then table.insert(good, one) else bad = bad or (row.kind == "users" and one or one:lower()) end
				end
				if bad then
					kept[key] = table.concat(good, ", ")
					table.insert(leftOut, { name = name, why = V.fillMessage(wordsIn(row, lang), bad) })
				end
			elseif not V.isAllowed(row, v) then
				kept[key] = nil
				table.insert(leftOut, { name = name, why = V.fillMessage(wordsIn(row, lang), v) })
			end
		end
	end
	table.sort(leftOut, function(a, b) return a.name < b.name end)
	return kept, leftOut
end

-- The rules that keep a session out (shared/sessions/read-sessions.ts), with the same codes: no
-- id, no title, no start or one that is not a time, an unknown time zone. A wrong optional value
-- costs only that value (V.withoutWrongValues).
function V.validate(args)
	local problems = {}
	local function add(code) table.insert(problems, code) end
	local id = V.clean(args.id)
	if id == "" then add("missing-id")
	elseif not V.fits("sessionId", id) then add("invalid-id") end
	if V.clean(args.title) == "" then add("missing-title") end
	local zone = V.clean(args.timezone)
	if zone == "" then zone = "UTC" end
	local utc
	if V.clean(args.start) == "" then
		add("missing-start")
	else
		local err
		utc, err = V.toUtc(V.clean(args.start), zone)
		if not utc then add(err) end
	end
	return problems, utc, zone
end

return V
