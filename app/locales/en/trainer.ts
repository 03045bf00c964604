export const trainer = {
  overview: {
    title: "Trainer area",
    lead: "Accounts on the platform by type. Session management, rosters and reports appear here as they are added.",
    accounts: "Accounts",
    recentSignups: "Newest accounts",
    joined: "Joined",
    none: "No accounts yet.",
  },
};
