-- Who holds a place, who waits and who cancelled on a registration page, by the rule the gadget
-- and the bot follow (placesOf in shared/registrations/roster.ts, parseRegistrations in
-- registration-page.ts): the bot's verified roster for every line it has seen, then the lines
-- added or changed since, in page order. Read here so that the page itself says what the gadget
-- says. Source: the lets-connect-tools repository (shared/on-wiki/modules); edits here are overwritten.
local P = {}
local V = require("Module:Let's Connect/validate")
local bit32 = require("bit32")

local REGISTRATION = "Let's Connect/Registration"

-- User namespaces a hand-written signature may link to (USER_NAMESPACES in registration-page.ts).
local USER_NAMESPACES = {}
for name in mw.text.gsplit("User|U|Usuario|Usuaria|Usuário|Usuária|Utilisateur|Utilisatrice|Benutzer|Benutzerin|Utente|Utilizador|Utilizadora|Gebruiker|Pengguna|Kullanıcı|Użytkownik|Uživatel|Участник|Участница|Користувач|Корисник|Потребител|مستخدم|مستخدمة|کاربر|משתמש|משתמשת|ব্যবহারকারী|सदस्य|उपयोगकर्ता|用户|用戶|利用者|사용자|ผู้ใช้|Thành viên|Mtumiaji", "|", true) do
	USER_NAMESPACES[mw.ustring.lower(name)] = true
end

local W = require("Module:Let's Connect/wikitext")
local blankOpaque, unescape = W.blankOpaque, W.unescape

-- The user a hand-written signature line links to (SIGNATURE_LINE in registration-page.ts).
local function signatureUser(line)
	if not line:match("^[#*]+") then return nil end
	local pos = 1
	while true do
		local s = line:find("[[", pos, true)
		if not s then return nil end
		local cursor = line:match("^%s*()", s + 2)
		for _ = 1, 10 do
			local ns, after = line:match("^([^:|%[%]\n]-)%s*:%s*()", cursor)
			if ns and USER_NAMESPACES[mw.ustring.lower(mw.text.trim(ns))] then
				local name = line:match("^([^|%]\n/#]+)", after)
				if name then return name end
			end
			local nextCursor = line:match("^:?%s*[A-Za-z][A-Za-z%-]*%s*:()", cursor)
			if not nextCursor then break end
			cursor = nextCursor
		end
		pos = s + 2
	end
end

local UTC_SECOND = "^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%dZ$"

-- Every registration line, template or signature, in page order (registrationLines).
function P.lines(text)
	local scan = blankOpaque(text)
	local lines, templateLineStarts = {}, {}
	local function lineStart(at)
		local s = at
		while s > 1 and text:sub(s - 1, s - 1) ~= "\n" do s = s - 1 end
		return s
	end
	for _, call in ipairs(W.templateCalls(text, scan, REGISTRATION)) do
		templateLineStarts[lineStart(call.start)] = true
		local user = V.normaliseUsername(unescape(call.params.user or ""))
		if user ~= "" then
			local value = function(name) return mw.text.trim(unescape(call.params[name] or "")) end
			local cancelledAt = value("cancelled")
			table.insert(lines, {
				user = user, start = call.start, text = text:sub(call.start, call.stop),
				cancelled = value("status"):lower() == "cancelled",
				registered = call.params.registered ~= "" and call.params.registered or nil,
				cancelledAt = cancelledAt:match(UTC_SECOND) and cancelledAt or nil,
				interpretation = value("interpretation") ~= "" and value("interpretation") or nil,
				lang = value("lang") ~= "" and value("lang") or nil,
				attended = call.params.attended ~= "" and call.params.attended or nil,
				source = "template",
			})
		end
	end
	local offset = 1
	for line in mw.text.gsplit(scan, "\n", true) do
		local start = offset
		offset = offset + #line + 1
		local raw = not templateLineStarts[start] and signatureUser(line)
		local user = raw and V.normaliseUsername(raw) or ""
		if user ~= "" then
			table.insert(lines, {
				user = user, start = start, text = text:sub(start, start + #line - 1),
				cancelled = line:match("^[#*]+[ \t]*<[Ss]>") ~= nil, source = "signature",
			})
		end
	end
	table.sort(lines, function(a, b) return a.start < b.start end)
	return lines
end

-- 32-bit FNV-1a of the line's bytes, in hex: lineHash in roster.ts.
function P.lineHash(line)
	local h = 2166136261
	line = mw.text.trim(line)
	for k = 1, #line do
		h = bit32.bxor(h, line:byte(k))
		-- h * 0x01000193 modulo 2^32, without losing digits to floating point.
		h = (h * 403 + (h % 256) * 16777216) % 4294967296
	end
	return string.format("%08x", h)
end

local function copy(line, status)
	return {
		user = line.user, status = status, registered = line.registered, cancelledAt = line.cancelledAt,
		interpretation = line.interpretation, lang = line.lang, attended = line.attended, source = line.source,
	}
end

local function assignPlaces(list, capacity)
	if not capacity then return list end
	local place = 0
	for _, r in ipairs(list) do
		if r.status ~= "cancelled" then
			place = place + 1
			if place > capacity then r.status = "waitlisted" end
		end
	end
	return list
end

-- Without a roster: the page read top to bottom as a queue (parseRegistrations).
local function pageOrder(lines, capacity)
	local list, index = {}, {}
	local function remove(user)
		for k, r in ipairs(list) do if r.user == user then table.remove(list, k) return end end
	end
	for _, line in ipairs(lines) do
		if not V.isTemporaryAccount(line.user) then
			local known = index[line.user]
			local queued = known and known.status ~= "cancelled"
			if line.cancelled then
				if queued or not known then
					local entry = copy(line, "cancelled")
					if known then
						for k, r in ipairs(list) do if r == known then list[k] = entry end end
					else
						table.insert(list, entry)
					end
					index[line.user] = entry
				end
			elseif not queued then
				-- Joining again after a cancellation means the end of the queue.
				remove(line.user)
				local entry = copy(line, "registered")
				table.insert(list, entry)
				index[line.user] = entry
			end
		end
	end
	assignPlaces(list, capacity)
	local valid = {}
	for _, r in ipairs(list) do if V.isValidUsername(r.user) then table.insert(valid, r) end end
	return valid
end

-- A roster entry as a registration (fromEntry).
local function fromEntry(entry, lines, status, cancelledAt)
	local choices = entry.choices or {}
	local attended
	for _, l in ipairs(lines) do if l.user == entry.user and l.attended then attended = l.attended break end end
	return {
		user = entry.user, status = status, registered = entry.joined and entry.joined.at,
		cancelledAt = cancelledAt, interpretation = choices.interpretation, lang = choices.lang, attended = attended,
		source = (entry.line or ""):sub(1, 2) == "{{" and "template" or "signature",
	}
end

-- placesOf: the roster's queue for the lines it has seen, then the news in page order.
function P.placesOf(text, roster, capacity)
	local all = P.lines(text)
	if not roster then return pageOrder(all, capacity) end
	local seen = {}
	for _, h in ipairs(roster.seen or {}) do seen[h] = true end
	local lines, news = {}, {}
	for _, l in ipairs(all) do
		if V.isValidUsername(l.user) then
			table.insert(lines, l)
			if not seen[P.lineHash(l.text)] then table.insert(news, l) end
		end
	end
	local list, queued = {}, {}
	for _, entry in ipairs(roster.entries or {}) do
		local last, hasNews, newsSignsUp
		for _, l in ipairs(lines) do if l.user == entry.user then last = l end end
		for _, l in ipairs(news) do
			if l.user == entry.user then
				hasNews = true
				if not l.cancelled then newsSignsUp = true end
			end
		end
		if entry.cancelled then
			-- Signed up again since the bot's run: they join the news, in page order.
			if not (last and not last.cancelled and newsSignsUp) then
				table.insert(list, fromEntry(entry, lines, "cancelled", entry.cancelled.at))
				queued[entry.user] = true
			end
		else
			if last and last.cancelled and hasNews then
				table.insert(list, fromEntry(entry, lines, "cancelled", last.cancelledAt))
			else
				table.insert(list, fromEntry(entry, lines, "registered"))
			end
			queued[entry.user] = true
		end
	end
	-- What changed since, as the page reads it: each user's last new line says where they are.
	local order, byUser = {}, {}
	for _, l in ipairs(news) do
		if not queued[l.user] then
			if not byUser[l.user] then byUser[l.user] = {} table.insert(order, l.user) end
			table.insert(byUser[l.user], l)
		end
	end
	for _, user in ipairs(order) do
		local theirs = byUser[user]
		local last = theirs[#theirs]
		for k, r in ipairs(list) do if r.user == user then table.remove(list, k) break end end
		if last.cancelled then
			table.insert(list, copy(last, "cancelled"))
		else
			local first = last
			for _, l in ipairs(theirs) do if not l.cancelled then first = l break end end
			table.insert(list, copy(first, "registered"))
		end
	end
	return assignPlaces(list, capacity)
end

-- The bot's roster of a registration page, when the bot named in the gadget's reviewed settings
-- (MediaWiki:Gadget-letsconnect-roots.json) has written one for it; nil otherwise.
function P.rosterOf(pageTitle)
	local ok, settings = pcall(mw.loadJsonData, "MediaWiki:Gadget-letsconnect-roots.json")
	local bot = ok and type(settings) == "table" and type(settings.bot) == "string" and settings.bot or nil
	if not bot or not V.isValidUsername(bot) then return nil end
	local title = mw.title.new("User:" .. bot .. "/Places/" .. pageTitle .. ".json")
	local content = title and title:getContent()
	if not content then return nil end
	local decoded, roster = pcall(mw.text.jsonDecode, content)
	if not decoded or type(roster) ~= "table" or roster.format ~= 1 or roster.page ~= pageTitle
		or type(roster.entries) ~= "table" or type(roster.seen) ~= "table" then
		return nil
	end
	return roster
end

-- The places on a registration page as the gadget reads them: its text and its roster.
function P.ofPage(title, capacity)
	local content = title:getContent() or ""
	return P.placesOf(content, P.rosterOf(title.prefixedText), capacity)
end

-- How many hold a place and how many wait.
function P.counts(list)
	local registered, waitlisted = 0, 0
	for _, r in ipairs(list) do
		if r.status == "registered" then registered = registered + 1 elseif r.status == "waitlisted" then waitlisted = waitlisted + 1 end
	end
	return registered, waitlisted
end

-- The one word for where a session stands (sessionState in shared/sessions/session-state.ts);
-- `ended` by the time of rendering, which the gadget corrects for readers who come later.
function P.sessionState(status, registration, endUtc, capacity, registered, waitlisted)
	if status == "cancelled" or status == "postponed" then return status end
	local now = os.time()
	local ending = endUtc and V.formatDate("U", endUtc)
	if ending and tonumber(ending) and tonumber(ending) <= now then return "ended" end
	if registration ~= "open" then return "closed" end
	if (waitlisted or 0) > 0 then return "waitlist" end
	if capacity and (registered or 0) >= capacity then return "full" end
	return "open"
end

return P
