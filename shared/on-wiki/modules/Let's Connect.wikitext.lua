-- Template calls read from a page's wikitext as the bot's codec reads them
-- (shared/wikitext/template-parser.ts): comments and opaque tags hidden, nested braces and links
-- skipped, values unescaped. Source: the lets-connect-tools repository (shared/on-wiki/modules);
-- edits here are overwritten.
local W = {}

-- Tags whose content the preprocessor hides from templates (OPAQUE_TAGS in template-parser.ts).
local OPAQUE = {}
for _, tag in ipairs({ "nowiki", "pre", "ref", "references", "gallery", "poem", "math", "chem", "ce", "score",
	"syntaxhighlight", "source", "templatedata", "templatestyles", "indicator", "graph", "mapframe", "maplink",
	"timeline", "hiero", "inputbox", "categorytree", "imagemap", "section", "charinsert", "langconvert", "quiz",
	"rss", "dynamicpagelist", "talkpage" }) do OPAQUE[tag] = true end

local function blank(s) return (s:gsub("[^\n]", " ")) end

-- The text with comments and opaque tags' contents blanked byte for byte (offsets stay), as the
-- preprocessor hides them; an unclosed comment runs to the end, an unclosed tag is plain text.
function W.blankOpaque(text)
	text = text:gsub("<!%-%-.-%-%->", blank):gsub("<!%-%-.*$", blank)
	local lower = text:lower()
	local out, pos = {}, 1
	while true do
		local s, e, name = lower:find("<([a-z]+)[^>]*>", pos)
		if not s then break end
		if OPAQUE[name] and lower:sub(e - 1, e) ~= "/>" then
			local cs, ce = lower:find("</" .. name .. "%s*>", e + 1)
			if cs then
				table.insert(out, text:sub(pos, s - 1))
				table.insert(out, blank(text:sub(s, ce)))
				pos = ce + 1
			else
				table.insert(out, text:sub(pos, e))
				pos = e + 1
			end
		else
			table.insert(out, text:sub(pos, e))
			pos = e + 1
		end
	end
	table.insert(out, text:sub(pos))
	return table.concat(out)
end

local function withoutComments(value)
	return (value:gsub("<!%-%-.-%-%->", ""):gsub("<!%-%-.*$", ""))
end

-- As normaliseTemplateName: spaces for underscores, no subst: or Template:, first letter capital.
local function templateName(raw)
	local name = mw.text.trim((withoutComments(raw):gsub("[_%s]+", " ")))
	name = name:gsub("^[Ss][Aa][Ff][Ee][Ss][Uu][Bb][Ss][Tt]%s*:%s*", ""):gsub("^[Ss][Uu][Bb][Ss][Tt]%s*:%s*", "")
	name = name:gsub("^[Tt][Ee][Mm][Pp][Ll][Aa][Tt][Ee]%s*:%s*", "")
	return mw.ustring.upper(mw.ustring.sub(name, 1, 1)) .. mw.ustring.sub(name, 2)
end

-- As unescapeTemplateValue: what the bot and the gadget escape, read back.
function W.unescape(value)
	value = value:gsub("<[Nn][Oo][Ww][Ii][Kk][Ii]%s*/>", ""):gsub("<[Nn][Oo][Ww][Ii][Kk][Ii]%s*>(.-)</[Nn][Oo][Ww][Ii][Kk][Ii]%s*>", "%1")
	value = value:gsub("{{%s*!%s*}}", "|")
	return mw.text.decode(value, true)
end

local function trimAscii(value) return (value:gsub("^[ \t\n\r%z\v]+", ""):gsub("[ \t\n\r%z\v]+$", "")) end

-- Every call of the template `wanted` in the text (`scan`: the text with blankOpaque): its extent
-- and named parameters. One pass with a stack of open braces and links, as parseTemplates reads
-- the page.
function W.templateCalls(text, scan, wanted)
	local calls, stack, i, n = {}, {}, 1, #scan
	while i <= n do
		local s = scan:find("[{}%[%]|=]", i)
		if not s then break end
		local c, top = scan:sub(s, s), stack[#stack]
		i = s + 1
		if c == "{" and scan:sub(s + 1, s + 1) == "{" then
			local e = s
			while scan:sub(e + 1, e + 1) == "{" do e = e + 1 end
			table.insert(stack, { kind = "braces", start = s, count = e - s + 1, seps = {}, equals = {} })
			i = e + 1
		elseif c == "[" and scan:sub(s + 1, s + 1) == "[" then
			table.insert(stack, { kind = "link" })
			i = s + 2
		elseif c == "]" and scan:sub(s + 1, s + 1) == "]" and top and top.kind == "link" then
			table.remove(stack)
			i = s + 2
		elseif c == "}" and scan:sub(s + 1, s + 1) == "}" and top and top.kind == "braces" then
			local available = 0
			while available < top.count and scan:sub(s + available, s + available) == "}" do available = available + 1 end
			local matching = available >= 3 and 3 or 2
			if matching == 2 then
				local start = top.start + top.count - 2
				local nameEnd = top.seps[1] or s
				if templateName(text:sub(start + 2, nameEnd - 1)) == wanted then
					local params = {}
					for k, sep in ipairs(top.seps) do
						local eq = top.equals[k]
						local stop = (top.seps[k + 1] or s) - 1
						if eq then
							params[trimAscii(withoutComments(text:sub(sep + 1, eq - 1)))] = trimAscii(withoutComments(text:sub(eq + 1, stop)))
						end
					end
					table.insert(calls, { start = start, stop = s + 1, params = params })
				end
			end
			top.count = top.count - matching
			if top.count >= 2 then top.seps, top.equals = {}, {} else table.remove(stack) end
			i = s + matching
		elseif top and top.kind == "braces" then
			if c == "|" then
				table.insert(top.seps, s)
			elseif c == "=" and #top.seps > 0 and not top.equals[#top.seps] then
				top.equals[#top.seps] = s
			end
		end
	end
	table.sort(calls, function(a, b) return a.start < b.start end)
	return calls
end

-- The named parameters of the first call of `name` in the text, unescaped and trimmed; nil when
-- there is none.
function W.firstCall(text, name)
	local call = W.templateCalls(text, W.blankOpaque(text), name)[1]
	if not call then return nil end
	local params = {}
	for key, value in pairs(call.params) do params[key] = mw.text.trim(W.unescape(value)) end
	return params
end

return W
