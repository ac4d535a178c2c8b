// The sandbox web chat page. Plain DOM, no build step, no external requests.
// Every piece of text from the server is untrusted (customer names, messages, card fields): it is
// only ever put into the page with textContent / createTextNode, never as HTML.
"use strict";

(() => {
  const API = "/sandbox/api";

  // ------------------------------------------------------------------ UI texts
  const UI = {
    zh: {
      brand: "企业微信沙盒", you_are: "你是", sandbox_time: "沙盒时间", adv_1h: "+1 小时", adv_1d: "+1 天",
      adv_24h: "+24 小时 · 接替完成", adv_workday: "下个工作日 10:00", org: "组织架构", search_people: "搜索成员",
      app_name: "客户交接助手", type_here: "发消息给客户交接助手", send: "发送", tab_org: "组织", tab_chat: "消息",
      tab_member: "客户", customers: "客户", groups: "客户群", following_now: "当前跟进", transfers_out: "转出",
      transfers_in: "转入", chat_as: "以 TA 身份聊天", followers: "跟进人", filter_customers: "筛选客户",
      no_customers: "没有客户", no_groups: "没有客户群", owner: "群主", members_n: "{n} 人", was_owner: "原群主",
      empty_chat: "还没有消息。试试发送“帮助”。", cannot_chat: "{name}已不在通讯录中，无法发消息（只能查看记录）。",
      dropped: "一条消息因每人发送频率限制未送达", download: "下载", details: "查看详情", more: "更多",
      submitted: "已提交", sending: "发送中…", advanced: "时间已前进", error: "出错了",
      transfer: { waiting: "等待接替", done: "已接替", refused: "客户拒绝", cap: "接替人客户数已达上限" },
      group: { normal: "正常", resigned_waiting: "离职待继承", resigned_inheriting: "离职继承中", resigned_done: "离职继承完成" },
      status: { active: "在职", departed: "已离职", departing: "即将离职", disabled: "已禁用", not_activated: "未激活", exited: "已退出" },
      role: { admin: "HR 管理员", approver: "审批人" },
      due: "预计 {t} 完成", weekdays: ["", "周一", "周二", "周三", "周四", "周五", "周六", "周日"],
      suggestions: ["帮助", "把张伟的客户交接给李娜", "陈静下周五离职，开始离职清单", "进度", "我的清单"],
      more_rows: "还有 {n} 位未显示，用筛选查找",
      private_chat: "与助手私聊", in_group: "{name}（@交接助手）",
    },
    en: {
      brand: "WeCom sandbox", you_are: "You are", sandbox_time: "Sandbox time", adv_1h: "+1 h", adv_1d: "+1 day",
      adv_24h: "+24 h · takeovers finish", adv_workday: "Next working day 10:00", org: "Organization",
      search_people: "Search people", app_name: "Handover assistant", type_here: "Message the handover assistant",
      send: "Send", tab_org: "People", tab_chat: "Chat", tab_member: "Customers", customers: "Customers",
      groups: "Groups", following_now: "following now", transfers_out: "Out", transfers_in: "In",
      chat_as: "Chat as this person", followers: "Followed by", filter_customers: "Filter customers",
      no_customers: "No customers", no_groups: "No customer groups", owner: "Owner", members_n: "{n} members",
      was_owner: "was", empty_chat: "No messages yet. Try sending “help”.",
      cannot_chat: "{name} is no longer in the directory and cannot send messages (history only).",
      dropped: "A message was not delivered (per-member message limit)", download: "Download", details: "Details",
      more: "More", submitted: "Submitted", sending: "Sending…", advanced: "Time moved forward", error: "Error",
      transfer: { waiting: "waiting", done: "taken over", refused: "customer refused", cap: "takeover at cap" },
      group: { normal: "normal", resigned_waiting: "waiting (left)", resigned_inheriting: "inheriting", resigned_done: "inherited" },
      status: { active: "active", departed: "left", departing: "leaving", disabled: "disabled", not_activated: "not activated", exited: "exited" },
      role: { admin: "HR admin", approver: "approver" },
      due: "due {t}", weekdays: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      suggestions: ["help", "hand over Zhang Wei's customers to Li Na", "status", "my checklist"],
      more_rows: "{n} more not shown; use the filter",
      private_chat: "Chat with the assistant", in_group: "{name} (@ the assistant)",
    },
  };

  const state = {
    lang: localStorage.getItem("sandbox.lang") === "en" ? "en" : "zh",
    me: null,            // userid chatting
    inspect: null,       // userid shown in the customer panel (null: follow `me`)
    org: null,           // /org
    members: new Map(),  // userid -> summary
    detail: null,        // /member/{id}
    messages: [],
    chat: "",            // "" = the member's own chat with the bot; else a group chat's id ("ws" sandbox)
    selections: {},      // task_id -> {sig, values: {question_key: [option ids]}}
    pending: new Set(),  // task_ids whose click is on its way
    clock: null,         // {now, offset_minutes, at (performance.now())}
    stream: null,
    customerFilter: "",
    worldVersion: null,  // the world fingerprint the panels were last loaded for
    rendered: {},        // pane -> signature of what it shows (unchanged data is not re-rendered)
  };

  const $ = (sel) => document.querySelector(sel);
  const t = (key) => UI[state.lang][key];
  const fmt = (s, vars) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));

  // Build an element; children are nodes or strings (strings become text nodes, never HTML).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function safeUrl(raw) {
    try {
      const u = new URL(String(raw), location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch {
      return null;
    }
  }

  function toast(message) {
    const box = $("#toast");
    box.textContent = message;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
  }

  async function api(path, body) {
    const opts = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    const resp = await fetch(API + path, opts);
    let data = null;
    try { data = await resp.json(); } catch { data = null; }
    if (!resp.ok) {
      const err = new Error((data && data.error) || `${resp.status} ${resp.statusText}`);
      err.status = resp.status;
      throw err;
    }
    return data;
  }

  // ------------------------------------------------------------------ names and time
  function memberName(userid) {
    const m = state.members.get(userid);
    if (!m) return userid;
    return state.lang === "en" && m.english_name ? `${m.english_name} ${m.name}` : m.name;
  }

  function deptName(id) {
    const d = state.org && state.org.departments.find((x) => x.id === Number(id));
    return d ? (state.lang === "en" ? d.name_en : d.name) : String(id);
  }

  // WeCom's id translation ($userName=ID$ …), as the client shows it.
  function idTrans(text) {
    return String(text ?? "")
      .replace(/\$userName=([^$]+)\$/g, (_, id) => memberName(id))
      .replace(/\$userAliasOrName=([^$]+)\$/g, (_, id) => memberName(id))
      .replace(/\$userAlias=([^$]+)\$/g, (_, id) => (state.members.get(id) || {}).english_name || memberName(id))
      .replace(/\$departmentName=([^$]+)\$/g, (_, id) => deptName(id));
  }

  function localParts(unix) {
    const offset = state.clock ? state.clock.offset_minutes : 480;
    const d = new Date((unix + offset * 60) * 1000);
    const wd = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(),
      mi: d.getUTCMinutes(), s: d.getUTCSeconds(), wd };
  }
  const pad = (n) => String(n).padStart(2, "0");

  function formatTime(unix, withSeconds) {
    const p = localParts(unix);
    const hm = `${pad(p.h)}:${pad(p.mi)}${withSeconds ? ":" + pad(p.s) : ""}`;
    const wd = t("weekdays")[p.wd];
    return state.lang === "en"
      ? `${p.y}-${pad(p.mo)}-${pad(p.d)} ${wd} ${hm}`
      : `${p.y}年${p.mo}月${p.d}日 ${wd} ${hm}`;
  }

  function sandboxNow() {
    if (!state.clock) return null;
    return state.clock.now + (performance.now() - state.clock.at) / 1000;
  }

  function renderClock() {
    const now = sandboxNow();
    const box = $("#clock");
    if (now === null) return;
    box.textContent = formatTime(now, false);
    box.dataset.now = String(Math.floor(now));
  }

  function setClock(data) {
    state.clock = { now: data.now, offset_minutes: data.offset_minutes, at: performance.now() };
    renderClock();
  }

  // ------------------------------------------------------------------ member picker
  function roleLabel(m) {
    const L = UI[state.lang];
    if (m.status !== "active") return L.status[m.status] || m.status;
    if (m.roles.includes("admin")) return L.role.admin;
    if (m.roles.includes("approver")) return state.lang === "en" ? L.role.approver : `${m.position} · ${L.role.approver}`;
    return state.lang === "en" ? (m.roles.includes("leader") ? `manager, ${m.dept_en}` : m.dept_en) : m.position;
  }

  function pickerLabel(m) {
    const role = roleLabel(m);
    const dept = state.lang === "en" ? m.dept_en : m.dept;
    const parts = [memberName(m.userid), role];
    if (dept && !role.includes(dept)) parts.push(dept);
    return parts.join(" · ");
  }

  function renderPicker() {
    if (!changed("picker", state.org.members, state.me)) return;
    const select = $("#who");
    select.replaceChildren(...state.org.members.map((m) =>
      el("option", { value: m.userid, text: pickerLabel(m), selected: m.userid === state.me })));
  }

  // ------------------------------------------------------------------ org panel
  function statusBadge(status) {
    return el("span", { class: `badge status-${status}`, text: UI[state.lang].status[status] || status });
  }

  // Re-rendering replaces nodes (a click in flight or the focus would be lost): only on change.
  function changed(pane, ...parts) {
    const sig = JSON.stringify([state.lang, ...parts]);
    if (state.rendered[pane] === sig) return false;
    state.rendered[pane] = sig;
    return true;
  }

  function renderOrg() {
    if (!state.org) return;
    if (!changed("org", state.org, state.orgFilter, state.me, currentInspect())) return;
    $("#corp-name").textContent = state.org.corp;
    const q = state.orgFilter || "";
    const box = $("#org");
    const byDept = new Map();
    for (const m of state.org.members) {
      const hay = `${m.name} ${m.english_name} ${m.userid} ${m.position}`.toLowerCase();
      if (q && !hay.includes(q.toLowerCase())) continue;
      if (!byDept.has(m.department)) byDept.set(m.department, []);
      byDept.get(m.department).push(m);
    }
    const sections = [];
    for (const d of state.org.departments) {
      const people = byDept.get(d.id);
      if (!people) continue;
      sections.push(el("section", { class: "dept" },
        el("h3", { class: "dept-name" }, state.lang === "en" ? d.name_en : d.name, el("span", { class: "count", text: String(people.length) })),
        people.map((m) => el("button", {
          type: "button",
          class: `person${m.userid === currentInspect() ? " selected" : ""}${m.userid === state.me ? " me" : ""}`,
          dataset: { userid: m.userid, status: m.status },
          onclick: () => inspect(m.userid, true),
        },
        el("span", { class: "avatar", text: m.name.slice(-1) || "?" }),
        el("span", { class: "person-main" },
          el("span", { class: "person-name" }, memberName(m.userid),
            m.roles.includes("admin") ? el("span", { class: "badge role", text: UI[state.lang].role.admin }) : null,
            m.roles.includes("approver") ? el("span", { class: "badge role", text: UI[state.lang].role.approver }) : null),
          el("span", { class: "person-sub", text: m.position })),
        el("span", { class: "person-side" },
          m.status !== "active" ? statusBadge(m.status) : null,
          el("span", { class: "person-counts", text: `${m.customers} · ${m.groups}`, title: `${t("customers")} · ${t("groups")}` }))))));
    }
    box.replaceChildren(...sections);
  }

  // ------------------------------------------------------------------ member (customers) panel
  const currentInspect = () => state.inspect || state.me;

  async function inspect(userid, pinned) {
    if (pinned) {
      state.inspect = userid === state.me ? null : userid;
      state.customerFilter = "";
      if (isPhone()) showTab("member");
    }
    renderOrg();
    await loadDetail();
  }

  async function loadDetail() {
    const userid = currentInspect();
    if (!userid) return;
    try {
      const detail = await api(`/member/${encodeURIComponent(userid)}`);
      if (detail.userid === currentInspect()) {
        state.detail = detail;
        renderDetail();
      }
    } catch (err) {
      toast(`${t("error")}: ${err.message}`);
    }
  }

  function transferLine(counts) {
    const L = UI[state.lang].transfer;
    const parts = ["waiting", "done", "refused", "cap"].filter((k) => counts[k]).map((k) => `${L[k]} ${counts[k]}`);
    return parts.length ? parts.join(" · ") : "—";
  }

  const MAX_ROWS = 300;

  function renderDetail() {
    const d = state.detail;
    const box = $("#member-detail");
    if (!d) { box.replaceChildren(); return; }
    if (!changed("detail", d, state.me, state.org && state.org.members.length)) return;
    const L = UI[state.lang];
    const header = el("div", { class: "detail-head" },
      el("span", { class: "avatar big", text: d.name.slice(-1) }),
      el("div", { class: "detail-title" },
        el("div", { class: "detail-name" }, memberName(d.userid), " ", statusBadge(d.status)),
        el("div", { class: "detail-sub", text: [state.lang === "en" ? d.dept_en : d.dept, d.position, d.userid].filter(Boolean).join(" · ") })),
      d.userid !== state.me && d.can_chat
        ? el("button", { type: "button", class: "chat-as", text: t("chat_as"), onclick: () => switchMember(d.userid) })
        : null);
    const stats = el("div", { class: "stats" },
      el("div", { class: "stat" }, el("b", { dataset: { count: "customers" }, text: String(d.customers) }), el("span", { text: `${t("customers")} · ${t("following_now")}` })),
      el("div", { class: "stat" }, el("b", { dataset: { count: "groups" }, text: String(d.groups) }), el("span", { text: t("groups") })),
      el("div", { class: "stat wide" }, el("span", { class: "stat-k", text: t("transfers_out") }), el("span", { dataset: { transfers: "out" }, text: transferLine(d.transfers_out) })),
      el("div", { class: "stat wide" }, el("span", { class: "stat-k", text: t("transfers_in") }), el("span", { dataset: { transfers: "in" }, text: transferLine(d.transfers_in) })));

    const filter = el("input", {
      type: "search", class: "filter", placeholder: t("filter_customers"), value: state.customerFilter,
      oninput: (e) => { state.customerFilter = e.target.value; renderCustomerRows(list); },
    });
    const list = el("ul", { class: "customer-list", id: "customer-list" });
    renderCustomerRows(list);
    const groups = el("ul", { class: "group-list", id: "group-list" },
      d.group_list.length ? d.group_list.map((g) => el("li", { class: `group${g.owner === d.userid ? "" : " moved"}`, dataset: { status: g.status } },
        el("span", { class: "g-name", text: g.name }),
        el("span", { class: "g-sub" },
          `${t("owner")}: ${memberName(g.owner)}`,
          g.original_owner && g.original_owner !== g.owner ? ` (${t("was_owner")} ${memberName(g.original_owner)})` : "",
          ` · ${fmt(t("members_n"), { n: g.members })}`),
        el("span", { class: `badge group-${g.status}`, text: L.group[g.status] || g.status })))
        : el("li", { class: "empty", text: t("no_groups") }));
    box.replaceChildren(header, stats,
      el("h3", { class: "section" }, `${t("customers")} (${d.customer_list.length})`), filter, list,
      el("h3", { class: "section" }, `${t("groups")} (${d.group_list.length})`), groups);
  }

  function renderCustomerRows(list) {
    const d = state.detail;
    const L = UI[state.lang];
    const q = state.customerFilter.trim().toLowerCase();
    const rows = d.customer_list.filter((c) => !q || `${c.name} ${c.corp_name} ${(c.tags || []).join(" ")}`.toLowerCase().includes(q));
    const shown = rows.slice(0, MAX_ROWS).map((c) => {
      const tr = c.transfer;
      return el("li", { class: `customer${c.follows ? "" : " gone"}`, dataset: { transfer: tr ? tr.status : "none" } },
        el("span", { class: "c-name" }, c.name, c.corp_name ? el("span", { class: "c-corp", text: `@${c.corp_name}` }) : null),
        el("span", { class: "c-sub", text: `${t("followers")}: ${c.followers.map(memberName).join(state.lang === "en" ? ", " : "、") || "—"}` }),
        (c.tags || []).length ? el("span", { class: "c-tags" }, ...c.tags.map((tag) =>
          el("span", { class: `badge tag${tag === "VIP" ? " vip" : ""}`, text: tag }))) : null,
        tr ? el("span", { class: `badge transfer-${tr.status}`,
          title: tr.status === "waiting" ? fmt(t("due"), { t: formatTime(tr.due_at) }) : "",
          text: `${L.transfer[tr.status] || tr.status} · ${memberName(tr.handover)} → ${memberName(tr.takeover)}` }) : null);
    });
    if (!rows.length) shown.push(el("li", { class: "empty", text: t("no_customers") }));
    if (rows.length > MAX_ROWS) shown.push(el("li", { class: "empty", text: fmt(t("more_rows"), { n: rows.length - MAX_ROWS }) }));
    list.replaceChildren(...shown);
  }

  // ------------------------------------------------------------------ rich text
  // Text messages: newlines and <a href="..">label</a> (what WeCom renders in text messages).
  function richText(text) {
    const out = [];
    const re = /<a\s+href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi;
    let last = 0;
    let m;
    const src = idTrans(text);
    while ((m = re.exec(src))) {
      out.push(src.slice(last, m.index));
      const href = safeUrl(m[1]);
      out.push(href ? el("a", { href, target: "_blank", rel: "noopener noreferrer", text: m[2] }) : m[2]);
      last = re.lastIndex;
    }
    out.push(src.slice(last));
    return out;
  }

  // WeCom's markdown subset: headings, bold, links, inline code, quotes, <font color="info|comment|warning">.
  function inlineMarkdown(text) {
    const out = [];
    const re = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|<font\s+color\s*=\s*["']?(info|comment|warning)["']?\s*>([\s\S]*?)<\/font>/gi;
    let last = 0;
    let m;
    while ((m = re.exec(text))) {
      out.push(text.slice(last, m.index));
      if (m[1] !== undefined) out.push(el("strong", { text: m[1] }));
      else if (m[2] !== undefined) out.push(el("code", { text: m[2] }));
      else if (m[3] !== undefined) {
        const href = safeUrl(m[4]);
        out.push(href ? el("a", { href, target: "_blank", rel: "noopener noreferrer", text: m[3] }) : m[3]);
      } else out.push(el("span", { class: `font-${m[5].toLowerCase()}` }, inlineMarkdown(m[6])));
      last = re.lastIndex;
    }
    out.push(text.slice(last));
    return out;
  }

  function markdown(text) {
    return idTrans(text).split("\n").map((line) => {
      const h = /^(#{1,6})\s+(.*)$/.exec(line);
      if (h) return el(`h${Math.min(h[1].length + 2, 6)}`, { class: "md-h" }, inlineMarkdown(h[2]));
      const q = /^>\s?(.*)$/.exec(line);
      if (q) return el("blockquote", { class: "md-quote" }, inlineMarkdown(q[1]));
      return el("div", { class: "md-line" }, line ? inlineMarkdown(line) : "\u00a0");
    });
  }

  // textcard descriptions allow <div class="gray|highlight|normal"> and <br>.
  function textcardDescription(desc) {
    const out = [];
    const re = /<div\s+class\s*=\s*["'](gray|highlight|normal)["']\s*>([\s\S]*?)<\/div>|<br\s*\/?>/gi;
    let last = 0;
    let m;
    const src = idTrans(desc);
    while ((m = re.exec(src))) {
      out.push(src.slice(last, m.index));
      out.push(m[1] ? el("div", { class: `tc-${m[1].toLowerCase()}`, text: m[2] }) : el("br"));
      last = re.lastIndex;
    }
    out.push(src.slice(last));
    return out;
  }

  // ------------------------------------------------------------------ template cards
  function initialSelections(card) {
    const values = {};
    if (card.checkbox) {
      values[card.checkbox.question_key] = (card.checkbox.option_list || []).filter((o) => o.is_checked).map((o) => o.id);
    }
    if (card.button_selection) {
      const s = card.button_selection;
      values[s.question_key] = s.selected_id ? [s.selected_id] : (s.option_list && s.option_list[0] ? [s.option_list[0].id] : []);
    }
    for (const s of card.select_list || []) {
      values[s.question_key] = s.selected_id ? [s.selected_id] : (s.option_list && s.option_list[0] ? [s.option_list[0].id] : []);
    }
    return values;
  }

  function selectionsFor(taskId, card) {
    const sig = JSON.stringify(card);
    const cur = state.selections[taskId];
    if (!cur || cur.sig !== sig) state.selections[taskId] = { sig, values: initialSelections(card) };
    return state.selections[taskId].values;
  }

  async function clickCard(taskId, key, selected) {
    if (state.pending.has(taskId)) return;
    state.pending.add(taskId);
    renderMessages(false);
    try {
      await api(`/chat/${encodeURIComponent(state.me)}/click`, { task_id: taskId, key, selected: selected || undefined });
    } catch (err) {
      toast(`${t("error")}: ${err.message}`);
    } finally {
      state.pending.delete(taskId);
      renderMessages(false);
    }
  }

  function renderCard(card, taskId) {
    const type = card.card_type || "text_notice";
    const frozen = Boolean(card.replace_text);
    const busy = state.pending.has(taskId);
    const values = selectionsFor(taskId || "", card);
    const parts = [];

    const src = card.source || {};
    const menu = card.action_menu && (card.action_menu.action_list || []).length ? card.action_menu : null;
    if (src.desc || menu) {
      parts.push(el("div", { class: "card-source" },
        el("span", { class: "src-icon", "aria-hidden": "true" }),
        el("span", { class: `src-desc color-${src.desc_color || 0}`, text: idTrans(src.desc || "") }),
        menu ? el("details", { class: "card-menu" },
          el("summary", { title: menu.desc || t("more"), text: "⋯" }),
          el("div", { class: "menu-list" },
            (menu.action_list || []).map((a) => el("button", { type: "button", disabled: busy,
              onclick: () => clickCard(taskId, a.key), text: a.text })))) : null));
    }
    const main = card.main_title || {};
    if (main.title) parts.push(el("div", { class: "card-title", text: idTrans(main.title) }));
    if (main.desc) parts.push(el("div", { class: "card-desc", text: idTrans(main.desc) }));
    const quote = card.quote_area;
    if (quote && (quote.title || quote.quote_text)) {
      parts.push(el("div", { class: "card-quote" },
        quote.title ? el("div", { class: "q-title", text: idTrans(quote.title) }) : null,
        quote.quote_text ? el("div", { class: "q-text", text: idTrans(quote.quote_text) }) : null));
    }
    const emph = card.emphasis_content;
    if (emph && (emph.title || emph.desc)) {
      parts.push(el("div", { class: "card-emph" },
        el("div", { class: "e-title", text: idTrans(emph.title || "") }),
        el("div", { class: "e-desc", text: idTrans(emph.desc || "") })));
    }
    if (card.sub_title_text) parts.push(el("div", { class: "card-sub", text: idTrans(card.sub_title_text) }));
    const rows = card.horizontal_content_list || [];
    if (rows.length) {
      parts.push(el("dl", { class: "card-rows" }, rows.map((r) => {
        let value = idTrans(r.value || "");
        if (r.type === 1 && safeUrl(r.url)) value = el("a", { href: safeUrl(r.url), target: "_blank", rel: "noopener noreferrer", text: value });
        else if (r.type === 2 && r.media_id) value = el("a", { href: `${API}/media/${encodeURIComponent(r.media_id)}`, download: "", text: value || t("download") });
        else if (r.type === 3 && r.userid) value = memberName(r.userid);
        return el("div", { class: "row" }, el("dt", { text: idTrans(r.keyname || "") }), el("dd", {}, value));
      })));
    }
    for (const j of card.jump_list || []) {
      const href = j.type === 1 ? safeUrl(j.url) : null;
      parts.push(href ? el("a", { class: "card-jump", href, target: "_blank", rel: "noopener noreferrer", text: j.title })
        : el("div", { class: "card-jump", text: j.title }));
    }

    // Inputs: checkbox (vote), select_list (multiple), button_selection (button).
    if (type === "vote_interaction" && card.checkbox) {
      const box = card.checkbox;
      const multi = Number(box.mode) === 1;
      const chosen = values[box.question_key] || [];
      parts.push(el("div", { class: "card-options", role: "group" }, (box.option_list || []).map((o) => {
        const input = el("input", {
          type: multi ? "checkbox" : "radio", name: `q-${taskId}`, value: o.id, checked: chosen.includes(o.id),
          disabled: frozen || busy,
          onchange: (e) => {
            const cur = new Set(multi ? values[box.question_key] || [] : []);
            if (e.target.checked) cur.add(o.id); else cur.delete(o.id);
            values[box.question_key] = [...cur];
          },
        });
        return el("label", { class: `option${chosen.includes(o.id) ? " checked" : ""}` }, input, el("span", { text: idTrans(o.text) }));
      })));
    }
    const selectors = type === "multiple_interaction" ? card.select_list || []
      : type === "button_interaction" && card.button_selection ? [card.button_selection] : [];
    for (const s of selectors) {
      const cur = (values[s.question_key] || [])[0];
      parts.push(el("label", { class: "card-select" },
        s.title ? el("span", { text: idTrans(s.title) }) : null,
        el("select", { disabled: frozen || busy, onchange: (e) => { values[s.question_key] = [e.target.value]; } },
          (s.option_list || []).map((o) => el("option", { value: o.id, selected: o.id === cur, text: idTrans(o.text) })))));
    }

    // Buttons, or the grey replacement once someone acted on the card.
    const chosen = () => (Object.keys(values).length ? JSON.parse(JSON.stringify(values)) : null);
    if (frozen) {
      parts.push(el("div", { class: "card-buttons" }, el("button", { type: "button", class: "btn frozen", disabled: true, text: card.replace_text })));
    } else if (type === "button_interaction") {
      parts.push(el("div", { class: "card-buttons" }, (card.button_list || []).map((b) => {
        if (b.type === 1) {
          const href = safeUrl(b.url);
          return href ? el("a", { class: `btn style-${b.style || 1}`, href, target: "_blank", rel: "noopener noreferrer", text: b.text })
            : el("button", { type: "button", class: "btn", disabled: true, text: b.text });
        }
        return el("button", { type: "button", class: `btn style-${b.style || 1}`, disabled: busy, dataset: { key: b.key },
          onclick: () => clickCard(taskId, b.key, chosen()), text: b.text });
      })));
    } else if (card.submit_button) {
      parts.push(el("div", { class: "card-buttons" }, el("button", {
        type: "button", class: "btn style-1 submit", disabled: busy, dataset: { key: card.submit_button.key },
        onclick: () => clickCard(taskId, card.submit_button.key, chosen()), text: card.submit_button.text || "提交",
      })));
    }
    const action = card.card_action || {};
    if (Number(action.type) === 1 && safeUrl(action.url)) {
      parts.push(el("a", { class: "card-action", href: safeUrl(action.url), target: "_blank", rel: "noopener noreferrer", text: t("details") }));
    }
    return el("div", { class: `card type-${type}${frozen ? " is-frozen" : ""}`, dataset: { taskId: taskId || "", cardType: type } }, parts);
  }

  function renderTextcard(card) {
    const href = safeUrl(card.url);
    return el("div", { class: "card type-textcard" },
      el("div", { class: "card-title", text: idTrans(card.title || "") }),
      el("div", { class: "card-sub" }, textcardDescription(card.description || "")),
      href ? el("a", { class: "card-action", href, target: "_blank", rel: "noopener noreferrer", text: card.btntxt || t("details") }) : null);
  }

  function renderFile(card) {
    const name = card.filename || "file";
    return el("a", { class: "file", href: `${API}/media/${encodeURIComponent(card.media_id || "")}`, download: name },
      el("span", { class: "file-icon", "aria-hidden": "true", text: (/\.(\w{1,4})$/.exec(name) || ["", "FILE"])[1].toUpperCase() }),
      el("span", { class: "file-name", text: name }),
      el("span", { class: "file-dl", text: t("download") }));
  }

  // ------------------------------------------------------------------ conversation
  function renderMessage(m) {
    if (m.kind === "dropped") return el("div", { class: "system", text: t("dropped") });
    let body;
    if (m.kind === "text") body = el("div", { class: "bubble text" }, richText(m.content));
    else if (m.kind === "markdown") body = el("div", { class: "bubble markdown" }, markdown(m.content));
    else if (m.kind === "template_card") body = renderCard(m.card || {}, m.task_id);
    else if (m.kind === "textcard") body = renderTextcard(m.card || {});
    else if (m.kind === "file") body = renderFile(m.card || {});
    else body = el("div", { class: "bubble text", text: `[${m.kind}]` });
    const mine = m.from === "me";
    if (m.from === "member") {  // someone else in a group chat
      const name = memberName(m.name);
      const avatar = el("span", { class: "avatar", text: name.slice(-1) });
      return el("div", { class: "msg bot", dataset: { id: m.id, kind: m.kind } }, avatar,
        el("div", {}, el("div", { class: "speaker", text: name }), body));
    }
    const avatar = el("span", { class: `avatar${mine ? "" : " app"}`, text: mine ? (state.members.get(state.me) || { name: "?" }).name.slice(-1) : "交" });
    return el("div", { class: `msg ${mine ? "me" : "bot"}`, dataset: { id: m.id, kind: m.kind } }, avatar, body);
  }

  // Messages are reconciled by id: only entries whose content changed are rebuilt, so a tap on a
  // card is never lost to a re-render caused by some other message.
  const entrySigs = new WeakMap();

  function renderMessages(scroll) {
    const box = $("#messages");
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    const entries = [];
    let lastAt = null;
    for (const m of state.messages) {
      const sep = lastAt === null || m.at - lastAt > 300 ? formatTime(m.at) : null;
      lastAt = m.at;
      const busy = Boolean(m.task_id && state.pending.has(m.task_id));
      entries.push({
        key: m.id,
        sig: JSON.stringify([state.lang, sep, m, busy]),
        build: () => el("div", { class: "entry" }, sep ? el("div", { class: "time-sep", text: sep }) : null, renderMessage(m)),
      });
    }
    const me = state.members.get(state.me);
    let footer = null;
    if (me && !me.can_chat) footer = fmt(t("cannot_chat"), { name: memberName(me.userid) });
    else if (!state.messages.length) footer = t("empty_chat");
    if (footer) entries.push({ key: "footer", sig: footer, build: () => el("div", { class: "entry" }, el("div", { class: "system", text: footer })) });

    const existing = [...box.children];
    entries.forEach((entry, i) => {
      const node = existing[i];
      if (node && node.dataset.key === entry.key && entrySigs.get(node) === entry.sig) return;
      const fresh = entry.build();
      fresh.dataset.key = entry.key;
      entrySigs.set(fresh, entry.sig);
      if (node) node.replaceWith(fresh); else box.append(fresh);
      existing[i] = fresh;
    });
    for (const extra of existing.slice(entries.length)) extra.remove();
    if (scroll || nearBottom) box.scrollTop = box.scrollHeight;
  }

  function renderChatHeader() {
    const me = state.members.get(state.me);
    if (!me) return;
    $("#chat-sub").textContent = `${memberName(me.userid)} · ${state.lang === "en" ? me.dept_en : me.dept}`;
    const canChat = me.can_chat;
    $("#text").disabled = !canChat;
    $("#send").disabled = !canChat;
    $("#suggestions").replaceChildren(...(canChat ? t("suggestions") : []).map((s) =>
      el("button", { type: "button", class: "chip", text: s, onclick: () => { const box = $("#text"); box.value = s; box.focus(); } })));
  }

  // ------------------------------------------------------------------ live updates
  function openStream() {
    if (state.stream) state.stream.close();
    const chat = state.chat ? `&chat=${encodeURIComponent(state.chat)}` : "";
    const src = new EventSource(`${API}/stream?user=${encodeURIComponent(state.me)}${chat}`);
    state.stream = src;
    src.addEventListener("chat", (e) => {
      const data = JSON.parse(e.data);
      if (data.user !== state.me || (data.chat || "") !== state.chat) return;
      const grew = data.messages.length !== state.messages.length;
      state.messages = data.messages;
      renderMessages(grew);
      document.body.dataset.chatFor = data.user;
      document.body.dataset.chatIn = data.chat || "";
    });
    src.addEventListener("world", (e) => {
      const { version } = JSON.parse(e.data);
      if (version === state.worldVersion) return;  // a new stream repeats what we already show
      const first = state.worldVersion === null;
      state.worldVersion = version;
      if (!first) refreshWorld();
    });
    src.addEventListener("clock", (e) => { setClock(JSON.parse(e.data)); });
  }

  let worldTimer = null;
  function refreshWorld() {
    clearTimeout(worldTimer);
    worldTimer = setTimeout(async () => {
      try {
        await loadOrg();
        await loadDetail();
      } catch (err) {
        toast(`${t("error")}: ${err.message}`);
      }
    }, 150);
  }

  async function loadOrg() {
    state.org = await api("/org");
    state.members = new Map(state.org.members.map((m) => [m.userid, m]));
    renderWhere();
    renderPicker();
    renderOrg();
    renderChatHeader();
  }

  // Over the long connection ("ws") the bot also works in group chats: pick where to write.
  function renderWhere() {
    const groups = state.org.groups || [];
    const select = $("#where");
    select.hidden = groups.length === 0;
    if (!changed("where", groups, state.chat, state.lang)) return;
    select.replaceChildren(el("option", { value: "", text: t("private_chat"), selected: !state.chat }),
      ...groups.map((g) => el("option", { value: g.id, selected: g.id === state.chat,
        text: fmt(t("in_group"), { name: state.lang === "en" ? g.name_en : g.name }) })));
  }

  function switchChat(chat) {
    state.chat = chat;
    state.messages = [];
    renderMessages(true);
    openStream();
  }

  // ------------------------------------------------------------------ actions
  async function switchMember(userid) {
    state.me = userid;
    state.inspect = null;
    state.messages = [];
    state.selections = {};
    localStorage.setItem("sandbox.me", userid);
    renderPicker();
    renderChatHeader();
    renderMessages(true);
    renderOrg();
    openStream();
    await loadDetail();
    if (isPhone()) showTab("chat");
  }

  async function sendText(e) {
    e.preventDefault();
    const box = $("#text");
    const text = box.value.trim();
    if (!text || !state.me) return;
    box.value = "";
    $("#send").disabled = true;
    try {
      await api(`/chat/${encodeURIComponent(state.me)}/send`, state.chat ? { text, chat: state.chat } : { text });
    } catch (err) {
      box.value = text;
      toast(`${t("error")}: ${err.message}`);
    } finally {
      $("#send").disabled = false;
      box.focus();
    }
  }

  async function advance(preset, button) {
    button.disabled = true;
    try {
      setClock(await api("/clock/advance", { preset }));
      toast(`${t("advanced")}: ${formatTime(state.clock.now)}`);
    } catch (err) {
      toast(`${t("error")}: ${err.message}`);
    } finally {
      button.disabled = false;
    }
  }

  // ------------------------------------------------------------------ layout, language
  const isPhone = () => window.matchMedia("(max-width: 760px)").matches;

  function showTab(tab) {
    $("#layout").dataset.tab = tab;
    for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.tab === tab);
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
    $("#lang").textContent = state.lang === "en" ? "中文" : "EN";
    if (state.org) { renderPicker(); renderOrg(); renderChatHeader(); }
    renderMessages(false);
    renderDetail();
    renderClock();
  }

  async function start() {
    $("#who").addEventListener("change", (e) => switchMember(e.target.value));
    $("#composer").addEventListener("submit", sendText);
    $("#where").addEventListener("change", (e) => switchChat(e.target.value));
    $("#text").addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); $("#composer").requestSubmit(); }
    });
    $("#org-filter").addEventListener("input", (e) => { state.orgFilter = e.target.value; renderOrg(); });
    for (const b of document.querySelectorAll("[data-advance]")) b.addEventListener("click", () => advance(b.dataset.advance, b));
    for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
    $("#lang").addEventListener("click", () => {
      state.lang = state.lang === "en" ? "zh" : "en";
      localStorage.setItem("sandbox.lang", state.lang);
      applyLanguage();
    });
    applyLanguage();
    showTab("chat");
    setClock(await api("/clock"));
    setInterval(renderClock, 1000);
    await loadOrg();
    const remembered = localStorage.getItem("sandbox.me");
    const first = state.org.members[0] && state.org.members[0].userid;
    await switchMember(state.members.has(remembered) ? remembered : first);
    document.body.dataset.ready = "1";
  }

  start().catch((err) => toast(`${t("error")}: ${err.message}`));
})();
