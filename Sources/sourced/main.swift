print("sourced")
