export const trainer = {
  overview: {
    title: "Trainer area",
    lead: "Your sessions with their rosters and attendance, and the accounts on the platform.",
    sessions: "Your in-person sessions",
    noSessions: "No session is assigned to you yet.",
    session: "Session",
    registrations: "Registrations",
    registrationCounts: "{{confirmed}} of {{capacity}} confirmed · {{waitlisted}} waiting",
    accounts: "Accounts",
    recentSignups: "Newest accounts",
    joined: "Joined",
    none: "No accounts yet.",
  },
};
