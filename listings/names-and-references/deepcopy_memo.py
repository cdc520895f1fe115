import copy

node = {"name": "root"}
node["self"] = node               # a dict that contains itself
shared = [0]
pair = [shared, shared]           # two references to one list

node2 = copy.deepcopy(node)
print("node2 is a new dict:      ", node2 is not node)
print("node2['self'] is node2:   ", node2["self"] is node2)

pair2 = copy.deepcopy(pair)
print("sharing kept in the copy: ", pair2[0] is pair2[1])
print("but not with the original:", pair2[0] is not shared)

memo = {}
copy.deepcopy(pair, memo)
print("memo maps id(original) -> copy:", memo[id(shared)] == [0],
      memo[id(shared)] is not shared)
