-- wrk script: each request asks for a random address from a file (one path per line), as
-- many readers asking for many different records and searches do; with a second file (one
-- "Cookie: ..." line per signed-in session), each request is sent in a random one of those
-- sessions, as 16 connections are 16 people, not one person with 16 tabs. Usage:
--   wrk -s perf/random.lua ... http://host:port -- paths.txt [sessions.txt]
local paths = {}
local sessions = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("seed", counter)
end

local function lines(file, into)
	for line in io.lines(file) do
		if line ~= "" then
			into[#into + 1] = line
		end
	end
end

function init(args)
	lines(args[1], paths)
	if args[2] then
		lines(args[2], sessions)
	end
	math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
	local path = paths[math.random(#paths)]
	if #sessions == 0 then
		return wrk.format("GET", path)
	end
	local name, value = sessions[math.random(#sessions)]:match("^([^:]+):%s*(.*)$")
	return wrk.format("GET", path, { [name] = value })
end
