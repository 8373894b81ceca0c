import HearthStore

/// What the layout needs on every page: title, who is signed in, the navigation, the CSRF token.
struct PageChrome {
    struct NavItem {
        let label: String
        let href: String
        let current: Bool
    }

    enum Section: String {
        case overview, measures, programme, sef, workforce, data, admin, mine
    }

    let title: String
    let userName: String?
    let role: String?
    let csrf: String
    let nav: [NavItem]
    let authorityName: String
    /// What the form just posted did, shown once at the top of the page.
    let flash: String?
    /// Seconds after which the page loads itself again (a job's progress), nil for none.
    var refreshSeconds: Int?

    init(title: String, context: AppContext, section: Section?, authorityName: String = "") {
        self.title = title
        flash = context.flash
        userName = context.user?.name
        role = context.user?.role.rawValue
        csrf = context.csrfToken
        self.authorityName = authorityName.isEmpty ? context.authorityName : authorityName
        var items: [NavItem] = []
        if context.user != nil {
            items.append(NavItem(label: "Indicators", href: Site.overview.path, current: section == .overview))
            items.append(NavItem(label: "Local measures", href: Site.measures.path, current: section == .measures))
            items.append(NavItem(label: "Improvement", href: Site.programme.path, current: section == .programme))
            items.append(NavItem(label: "Self-evaluation", href: Site.sef.path, current: section == .sef))
            items.append(NavItem(label: "Workforce and placements", href: Site.workforce.path, current: section == .workforce))
        }
        // Only those who can own actions have any (board members, viewers, analysts and secretaries read or record).
        if Access.ownActions.allows(context.user?.role) {
            items.append(NavItem(label: "My actions", href: Site.myActions.path, current: section == .mine))
        }
        if Access.dataStewards.allows(context.user?.role) || context.user?.role == .manager {
            items.append(NavItem(label: "Data", href: Site.data.path, current: section == .data))
        }
        if Access.adminOnly.allows(context.user?.role) {
            items.append(NavItem(label: "Users and audit", href: Site.users.path, current: section == .admin))
        }
        nav = items
    }
}
