print("chatsearch")
