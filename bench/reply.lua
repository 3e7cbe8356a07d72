-- wrk script: replies through the real web form, as signed-in writers do.
-- Arguments (after `--`): the file written by `convene bench-writers`, the number of
-- wrk threads, and the pause in milliseconds before each request of a connection
-- (0: as fast as the server answers). Accounts are taken in turn so that no account
-- reaches the per-account posting limit before the others.
local accounts, threads = {}, {}
local n, me, nthreads, pause = 0, 0, 1, 0
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local kind, a, b = line:match("^(%S+) (%S+) ?(%S*)$")
    if kind == "account" then
      accounts[#accounts + 1] = { a, b }
    elseif kind == "thread" then
      threads[#threads + 1] = a
    end
  end
  nthreads = tonumber(args[2]) or 1
  pause = tonumber(args[3]) or 0
  -- `tid` is the global that setup() gave this thread.
  me = tonumber(tid) or 0
end

function request()
  local k = n * nthreads + me
  n = n + 1
  local account = accounts[(k % #accounts) + 1]
  local thread = threads[(k % #threads) + 1]
  local body = "csrf=" .. account[2] .. "&body=A+reply+through+the+form%2C+number+" .. k
    .. "+of+this+writer+thread%2C+long+enough+to+read+like+a+short+post."
  return wrk.format("POST", "/en/threads/" .. thread .. "/reply", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "convene_session=" .. account[1],
  }, body)
end

function delay()
  return pause
end
