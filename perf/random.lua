-- wrk script: each request asks for a random address from a file (one path per line), as
-- many readers asking for many different records and searches do. Usage:
--   wrk -s perf/random.lua ... http://host:port -- paths.txt
local paths = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("seed", counter)
end

function init(args)
	for line in io.lines(args[1]) do
		if line ~= "" then
			paths[#paths + 1] = line
		end
	end
	math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
	return wrk.format("GET", paths[math.random(#paths)])
end
