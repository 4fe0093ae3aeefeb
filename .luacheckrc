std = "lua54"
max_line_length = 120
files["spec"] = { std = "+busted", max_line_length = 130 }
files["spec/helpers/summary.lua"] = { std = "+busted" }
exclude_files = { "lua/awsjobs/models/*.lua" }
