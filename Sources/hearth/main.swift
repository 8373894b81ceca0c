import HearthCore
print(AuthorityDirectory.shipped.all.count)
