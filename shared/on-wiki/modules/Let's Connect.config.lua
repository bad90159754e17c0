-- A root's Config page (ROOT/Config, {{Let's Connect/Config}}) as the module reads it when a page
-- renders: what sessions that leave out a row take (readSessionDefaults in
-- shared/sessions/session-defaults.ts: each value checked by the session's own rule, a wrong one
-- ignored, except a time zone, which the session's rule refuses) and the root's language. getContent makes the page depend on the Config, so the wiki
-- renders it again when a liaison changes the Config: a card never waits for the bot to know its
-- time. Source: the lets-connect-tools repository (shared/on-wiki/modules); edits here are overwritten.
local C = {}
local V = require("Module:Let's Connect/validate")
local W = require("Module:Let's Connect/wikitext")

local CONFIG_TEMPLATE = "Let's Connect/Config"
local read = {}

-- The Config's parameters (the first call of the template), or nil without one.
function C.params(root)
	if read[root] == nil then
		local title = mw.title.new(V.subpage(root, "config"))
		local content = title and title:getContent()
		read[root] = content and W.firstCall(content, CONFIG_TEMPLATE) or false
	end
	return read[root] or nil
end

-- The contract's `configDefault` rows the Config sets, by name, normalised as the codec keeps them.
function C.sessionDefaults(root)
	local params = C.params(root) or {}
	local defaults = {}
	for _, row in ipairs(V.CONTRACT.params) do
		local value = row.configDefault and params[row.name] or ""
		if value ~= "" then
			if row.name == "timezone" then
				-- Even a wrong one: the session's own rule then shows the problem, never a time in
				-- another zone (as readSessionDefaults keeps it).
				defaults.timezone = value
			elseif row.kind == "languages" then
				if V.isLanguageCodeForm(value:lower()) then defaults[row.name] = value:lower() end
			elseif V.isAllowed(row, value) then
				defaults[row.name] = row.kind == "whole" and tostring(tonumber(value)) or value
			end
		end
	end
	return defaults
end

-- The root's language (its Config's `language`), or nil when it sets none.
function C.language(root)
	return root and C.sessionDefaults(root).language or nil
end

-- Whether the bot publishes the sessions of this page for the root: a page under ROOT/Sessions/,
-- the root itself, or a page the Config lists in session-pages (isServedPage in shared/model/session.ts).
function C.serves(root, title)
	if V.sessionRootOf(title) == root or title == root then return true end
	for _, page in ipairs(V.split((C.params(root) or {})["session-pages"] or "")) do
		local listed = mw.title.new(page)
		if listed and listed.prefixedText == title then return true end
	end
	return false
end

-- The args with the defaults of the page's root where they leave a `configDefault` row out, as
-- the codec fills them (read-programme.ts: under ROOT/Sessions/ and on ROOT itself).
function C.withSessionDefaults(args)
	local root = V.pageRoot(mw.title.getCurrentTitle())
	local defaults = root and C.sessionDefaults(root) or {}
	for _, row in ipairs(V.CONTRACT.params) do
		local value = defaults[row.name]
		if row.configDefault and V.clean(args[row.name]) == "" and value then args[row.name] = value end
	end
	return args
end

return C
