// HTML report and notebook: see issue 5.
