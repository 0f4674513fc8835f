// Stockledger dashboard: plain JavaScript, no build step. Every API call sends the API key (kept in
// sessionStorage) as X-Api-Key. Live updates come from the SSE stream GET /api/v1/stream, read with fetch()
// (EventSource cannot send headers); while the stream is not delivering (404, error, a buffering proxy) the
// visible data is polled every 5 s instead.
'use strict';

const KEY_STORAGE = 'stockledger.apiKey';
const POLL_MS = 5000;
const PAGE_SIZE = 50;
const $ = (id) => document.getElementById(id);

const state = {
    view: null,          // 'stock' | 'alerts' | 'sku'
    sku: null,           // SKU of the SKU page
    page: 0,
    total: 0,
    skuLevels: [],       // the SKU page's StockLevels
    movements: [],       // the SKU page's movements, oldest first
    charts: {},
};

// ---------------------------------------------------------------- API

class Unauthorized extends Error {}

function apiKey() {
    return sessionStorage.getItem(KEY_STORAGE);
}

async function api(path, options = {}) {
    const headers = Object.assign({'X-Api-Key': apiKey() || '', 'Accept': 'application/json'}, options.headers);
    const response = await fetch(path, Object.assign({}, options, {headers}));
    if (response.status === 401) {
        throw new Unauthorized('the API key was refused');
    }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
        const error = new Error(body && (body.detail || body.title) || ('HTTP ' + response.status));
        error.status = response.status;
        error.body = body;
        throw error;
    }
    return body;
}

function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
        if (v !== null && v !== undefined && v !== '') {
            q.set(k, v);
        }
    }
    const s = q.toString();
    return s ? '?' + s : '';
}

function handleError(error) {
    if (error instanceof Unauthorized) {
        logout('The API key was refused; sign in again.');
        return;
    }
    if (error.name === 'AbortError') {
        return;
    }
    showMessage(error.message);
}

function showMessage(text) {
    $('message').textContent = text || '';
}

// ---------------------------------------------------------------- helpers

function statusOf(level) {
    if (level.available === 0) {
        return 'OUT';
    }
    if (level.reorderPoint !== null && level.reorderPoint !== undefined && level.available <= level.reorderPoint) {
        return 'LOW';
    }
    if (level.maxStock !== null && level.maxStock !== undefined && level.onHand > level.maxStock) {
        return 'OVER';
    }
    return 'OK';
}

function fmt(value) {
    return value === null || value === undefined ? '' : String(value);
}

function fmtTime(iso) {
    if (!iso) {
        return '';
    }
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString();
}

function el(tag, attrs = {}, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
        if (k === 'class') {
            e.className = v;
        } else if (k.startsWith('data-')) {
            e.setAttribute(k, v);
        } else {
            e[k] = v;
        }
    }
    if (text !== undefined) {
        e.textContent = text;
    }
    return e;
}

function setCell(row, field, value, className) {
    let cell = row.querySelector(`td[data-field="${field}"]`);
    if (!cell) {
        cell = el('td', {'data-field': field, class: className || ''});
        row.appendChild(cell);
    }
    if (cell.textContent !== value) {
        cell.textContent = value;
        return true;
    }
    return false;
}

function setStatusCell(row, status) {
    let cell = row.querySelector('td[data-field="status"]');
    if (!cell) {
        cell = el('td', {'data-field': 'status'});
        cell.appendChild(el('span'));
        row.appendChild(cell);
    }
    const badge = cell.firstChild;
    badge.className = 'status ' + status;
    badge.textContent = status;
}

function flash(row) {
    row.classList.remove('flash');
    void row.offsetWidth; // restart the animation
    row.classList.add('flash');
}

/** Upserts rows keyed by data-key into tbody, in the order of items, and removes the others. */
function renderRows(tbody, items, keyOf, fill) {
    const existing = new Map([...tbody.children].map((r) => [r.dataset.key, r]));
    let previous = null;
    for (const item of items) {
        const key = keyOf(item);
        let row = existing.get(key);
        if (row) {
            existing.delete(key);
        } else {
            row = el('tr');
            row.dataset.key = key;
        }
        fill(row, item);
        const wanted = previous ? previous.nextSibling : tbody.firstChild;
        if (wanted !== row) {
            tbody.insertBefore(row, wanted);
        }
        previous = row;
    }
    existing.forEach((row) => row.remove());
}

// ---------------------------------------------------------------- login

function showLogin(message) {
    for (const id of ['stock-view', 'alerts-view', 'sku-view', 'nav']) {
        $(id).hidden = true;
    }
    $('login-view').hidden = false;
    $('login-error').textContent = message || '';
    $('api-key').focus();
}

async function login(event) {
    event.preventDefault();
    const key = $('api-key').value.trim();
    if (!key) {
        return;
    }
    sessionStorage.setItem(KEY_STORAGE, key);
    try {
        await api('/api/v1/warehouses');
    } catch (error) {
        sessionStorage.removeItem(KEY_STORAGE);
        $('login-error').textContent = error instanceof Unauthorized ? 'This API key was refused.' : error.message;
        return;
    }
    $('api-key').value = '';
    start();
}

function logout(message) {
    sessionStorage.removeItem(KEY_STORAGE);
    live.stop();
    showLogin(message);
}

async function start() {
    $('login-view').hidden = true;
    $('nav').hidden = false;
    try {
        const warehouses = await api('/api/v1/warehouses');
        const select = $('warehouse-filter');
        const chosen = select.value;
        select.replaceChildren(el('option', {value: ''}, 'All'));
        for (const w of warehouses) {
            select.appendChild(el('option', {value: w.code}, w.code + (w.name ? ' — ' + w.name : '')));
        }
        select.value = chosen;
    } catch (error) {
        handleError(error);
        if (error instanceof Unauthorized) {
            return;
        }
    }
    route();
}

// ---------------------------------------------------------------- routing

function route() {
    if (!apiKey()) {
        showLogin();
        return;
    }
    const hash = location.hash || '#/stock';
    const skuMatch = hash.match(/^#\/sku\/(.+)$/);
    const view = skuMatch ? 'sku' : hash === '#/alerts' ? 'alerts' : 'stock';
    state.view = view;
    state.sku = skuMatch ? decodeURIComponent(skuMatch[1]) : null;
    for (const name of ['stock', 'alerts', 'sku']) {
        $(name + '-view').hidden = name !== view;
    }
    $('nav-stock').classList.toggle('active', view === 'stock');
    $('nav-alerts').classList.toggle('active', view === 'alerts');
    showMessage('');
    if (view === 'sku') {
        resetSkuPage();
    }
    refresh();
    live.restart();
}

/** Reloads the visible view (also the poll of the fallback). */
async function refresh() {
    try {
        if (state.view === 'stock') {
            await loadStock();
        } else if (state.view === 'alerts') {
            await loadAlerts();
        } else if (state.view === 'sku') {
            await loadSku();
        }
        await loadAlertCount();
    } catch (error) {
        handleError(error);
    }
}

// ---------------------------------------------------------------- stock levels

function stockFilters() {
    return {
        warehouse: $('warehouse-filter').value,
        status: $('status-filter').value,
        search: $('sku-search').value.trim(),
    };
}

async function loadStock() {
    const f = stockFilters();
    let items;
    if (f.search) {
        // An exact SKU first (GET /stock/{sku}); otherwise a part of a SKU within the listing.
        items = await exactSku(f.search);
        if (items === null) {
            const page = await api('/api/v1/stock' + query({warehouse: f.warehouse, status: f.status, page: 0, size: 500}));
            const needle = f.search.toLowerCase();
            items = page.items.filter((l) => l.sku.toLowerCase().includes(needle));
        }
        items = items.filter((l) => (!f.warehouse || l.warehouse === f.warehouse) && (!f.status || statusOf(l) === f.status));
        state.total = items.length;
        state.page = 0;
    } else {
        const page = await api('/api/v1/stock' + query({warehouse: f.warehouse, status: f.status, page: state.page, size: PAGE_SIZE}));
        items = page.items;
        state.total = page.total;
    }
    renderStock(items, !f.search);
}

async function exactSku(sku) {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(sku)) {
        return null;
    }
    try {
        const stock = await api('/api/v1/stock/' + encodeURIComponent(sku));
        return stock.warehouses;
    } catch (error) {
        if (error.status === 404) {
            return null;
        }
        throw error;
    }
}

function fillStockRow(row, level) {
    row.dataset.sku = level.sku;
    row.dataset.warehouse = level.warehouse;
    row.dataset.version = level.version;
    let skuCell = row.querySelector('td[data-field="sku"]');
    if (!skuCell) {
        skuCell = el('td', {'data-field': 'sku'});
        const link = el('a', {href: '#/sku/' + encodeURIComponent(level.sku)}, level.sku);
        skuCell.appendChild(link);
        row.appendChild(skuCell);
    }
    setCell(row, 'warehouse', level.warehouse);
    setStatusCell(row, statusOf(level));
    let changed = false;
    for (const f of ['onHand', 'reserved', 'available', 'inTransit', 'damaged']) {
        changed = setCell(row, f, fmt(level[f]), 'num') || changed;
    }
    setCell(row, 'reorderPoint', fmt(level.reorderPoint), 'num');
    setCell(row, 'maxStock', fmt(level.maxStock), 'num');
    setCell(row, 'updatedAt', fmtTime(level.updatedAt || level.occurredAt));
    row._level = level;
    return changed;
}

function renderStock(items, paged) {
    const tbody = $('stock-table').tBodies[0];
    renderRows(tbody, items, (l) => l.sku + '|' + l.warehouse, fillStockRow);
    $('stock-empty').hidden = items.length > 0;
    const pages = Math.max(1, Math.ceil(state.total / PAGE_SIZE));
    $('page-info').textContent = paged ? `page ${state.page + 1} of ${pages} (${state.total} items)` : `${items.length} items`;
    $('prev-page').disabled = !paged || state.page === 0;
    $('next-page').disabled = !paged || state.page + 1 >= pages;
}

/** A stock-level event: updates the row of that stock item in place, if it is shown. */
function applyLevelToStockTable(event) {
    const row = [...$('stock-table').tBodies[0].children]
        .find((r) => r.dataset.sku === event.sku && r.dataset.warehouse === event.warehouse);
    if (!row) {
        return;
    }
    if (Number(row.dataset.version) >= event.version) {
        return;
    }
    const level = Object.assign({}, row._level, event, {updatedAt: event.occurredAt});
    if (fillStockRow(row, level)) {
        flash(row);
    }
}

// ---------------------------------------------------------------- alerts

async function loadAlerts() {
    const page = await api('/api/v1/alerts' + query({status: 'OPEN', size: 500}));
    const items = Array.isArray(page) ? page : page.items;
    const tbody = $('alerts-table').tBodies[0];
    renderRows(tbody, items, (a) => String(a.id), (row, alert) => {
        row.dataset.alertId = alert.id;
        row.dataset.sku = alert.sku;
        row.dataset.warehouse = alert.warehouse;
        setCell(row, 'type', alert.type);
        let skuCell = row.querySelector('td[data-field="sku"]');
        if (!skuCell) {
            skuCell = el('td', {'data-field': 'sku'});
            skuCell.appendChild(el('a', {href: '#/sku/' + encodeURIComponent(alert.sku)}, alert.sku));
            row.appendChild(skuCell);
        }
        setCell(row, 'warehouse', alert.warehouse);
        setCell(row, 'available', fmt(alert.available), 'num');
        setCell(row, 'threshold', fmt(alert.threshold), 'num');
        setCell(row, 'suggestedOrderQuantity', fmt(alert.suggestedOrderQuantity), 'num');
        setCell(row, 'raisedAt', fmtTime(alert.raisedAt));
        if (!row.querySelector('button.ack')) {
            const cell = el('td');
            const button = el('button', {type: 'button', class: 'ack'}, 'Acknowledge');
            button.dataset.alertId = alert.id;
            button.addEventListener('click', () => acknowledge(alert.id, button));
            cell.appendChild(button);
            row.appendChild(cell);
        }
    });
    $('alerts-empty').hidden = items.length > 0;
    setAlertCount(page.total !== undefined ? page.total : items.length);
}

async function acknowledge(id, button) {
    button.disabled = true;
    try {
        await api('/api/v1/alerts/' + encodeURIComponent(id) + '/acknowledge', {method: 'POST'});
        const row = button.closest('tr');
        if (row) {
            row.remove();
        }
        $('alerts-empty').hidden = $('alerts-table').tBodies[0].children.length > 0;
        await loadAlertCount();
    } catch (error) {
        button.disabled = false;
        handleError(error);
    }
}

async function loadAlertCount() {
    const page = await api('/api/v1/alerts' + query({status: 'OPEN', size: 1}));
    setAlertCount(Array.isArray(page) ? page.length : page.total);
}

function setAlertCount(n) {
    $('alert-count').textContent = n ? String(n) : '';
}

// ---------------------------------------------------------------- the SKU page

function resetSkuPage() {
    $('sku-title').textContent = state.sku;
    $('sku-table').tBodies[0].replaceChildren();
    $('movements-table').tBodies[0].replaceChildren();
    $('chart-warehouse').replaceChildren();
    $('sku-totals').replaceChildren();
    $('forecast-reorder').textContent = '';
    $('forecast-method').textContent = '';
    state.skuLevels = [];
    state.movements = [];
    for (const chart of Object.values(state.charts)) {
        chart.destroy();
    }
    state.charts = {};
}

async function loadSku() {
    const sku = state.sku;
    const stock = await api('/api/v1/stock/' + encodeURIComponent(sku));
    if (state.sku !== sku) {
        return;
    }
    state.skuLevels = stock.warehouses;
    renderSkuLevels(stock.total);
    const select = $('chart-warehouse');
    const codes = stock.warehouses.map((l) => l.warehouse);
    if ([...select.options].map((o) => o.value).join() !== codes.join()) {
        const chosen = select.value;
        select.replaceChildren(...codes.map((c) => el('option', {value: c}, c)));
        if (codes.includes(chosen)) {
            select.value = chosen;
        }
    }
    await loadMovements();
    await loadForecast();
}

function renderSkuLevels(total) {
    const totals = total || state.skuLevels.reduce((t, l) => {
        for (const f of ['onHand', 'reserved', 'available', 'inTransit', 'damaged']) {
            t[f] = (t[f] || 0) + l[f];
        }
        return t;
    }, {});
    const labels = {onHand: 'On hand', reserved: 'Reserved', available: 'Available', inTransit: 'In transit', damaged: 'Damaged'};
    $('sku-totals').replaceChildren(...Object.entries(labels).map(([f, label]) => {
        const box = el('div', {'data-field': f}, label);
        box.appendChild(el('b', {}, fmt(totals[f])));
        return box;
    }));
    renderRows($('sku-table').tBodies[0], state.skuLevels, (l) => l.warehouse, (row, level) => {
        row.dataset.sku = level.sku;
        row.dataset.warehouse = level.warehouse;
        row.dataset.version = level.version;
        setCell(row, 'warehouse', level.warehouse);
        setStatusCell(row, statusOf(level));
        for (const f of ['onHand', 'reserved', 'available', 'inTransit', 'damaged']) {
            setCell(row, f, fmt(level[f]), 'num');
        }
        setCell(row, 'bin', fmt(level.bin));
        setCell(row, 'reorderPoint', fmt(level.reorderPoint), 'num');
        setCell(row, 'maxStock', fmt(level.maxStock), 'num');
        setCell(row, 'updatedAt', fmtTime(level.updatedAt));
    });
}

async function loadMovements() {
    const sku = state.sku;
    const path = '/api/v1/stock/' + encodeURIComponent(sku) + '/movements';
    const first = await api(path + query({page: 0, size: 500}));
    let items = first.items;
    if (first.total > items.length) {
        // The chart and the table show the latest 500.
        const last = Math.ceil(first.total / 500) - 1;
        const tail = await api(path + query({page: last, size: 500}));
        items = (last > 0 && tail.items.length < 500) ? (await api(path + query({page: last - 1, size: 500}))).items.concat(tail.items).slice(-500) : tail.items;
    }
    if (state.sku !== sku) {
        return;
    }
    state.movements = items;
    const latestFirst = [...items].reverse();
    renderRows($('movements-table').tBodies[0], latestFirst, (m) => m.warehouse + '|' + m.sequence, (row, m) => {
        setCell(row, 'occurredAt', fmtTime(m.occurredAt));
        setCell(row, 'warehouse', m.warehouse);
        setCell(row, 'type', m.type);
        setCell(row, 'quantity', fmt(m.quantity), 'num');
        setCell(row, 'onHandAfter', fmt(m.onHandAfter), 'num');
        setCell(row, 'reservedAfter', fmt(m.reservedAfter), 'num');
        setCell(row, 'reference', fmt(m.reference));
        setCell(row, 'actor', fmt(m.actor));
    });
    $('movements-empty').hidden = items.length > 0;
    drawLevelChart();
}

function chartWarehouse() {
    return $('chart-warehouse').value || (state.skuLevels[0] && state.skuLevels[0].warehouse);
}

const timeAxis = {
    type: 'linear',
    ticks: {callback: (v) => new Date(v).toLocaleDateString(undefined, {month: 'short', day: 'numeric'}) + ' '
            + new Date(v).toLocaleTimeString(undefined, {hour: '2-digit', minute: '2-digit'}), maxTicksLimit: 6},
};

function upsertChart(name, canvasId, config) {
    if (typeof Chart === 'undefined') {
        return; // Chart.js not loaded (yet): the tables still work
    }
    const chart = state.charts[name];
    if (chart) {
        chart.data = config.data;
        chart.options = config.options;
        chart.update('none');
    } else {
        state.charts[name] = new Chart($(canvasId), config);
    }
}

/** On hand and reserved after each movement of the chosen warehouse, plus the current level. */
function drawLevelChart() {
    const warehouse = chartWarehouse();
    const points = state.movements.filter((m) => m.warehouse === warehouse)
        .map((m) => ({t: Date.parse(m.occurredAt), onHand: m.onHandAfter, reserved: m.reservedAfter}));
    const level = state.skuLevels.find((l) => l.warehouse === warehouse);
    if (level && level.updatedAt) {
        const t = Date.parse(level.updatedAt);
        if (!points.length || t >= points[points.length - 1].t) {
            points.push({t, onHand: level.onHand, reserved: level.reserved});
        }
    }
    upsertChart('level', 'level-chart', {
        type: 'line',
        data: {
            datasets: [
                {label: 'On hand', data: points.map((p) => ({x: p.t, y: p.onHand})), stepped: 'before',
                    borderColor: '#2459c9', backgroundColor: '#2459c9'},
                {label: 'Reserved', data: points.map((p) => ({x: p.t, y: p.reserved})), stepped: 'before',
                    borderColor: '#b54708', backgroundColor: '#b54708'},
            ],
        },
        options: {
            animation: false, maintainAspectRatio: false, parsing: true,
            scales: {x: timeAxis, y: {beginAtZero: true}},
            plugins: {tooltip: {callbacks: {title: (items) => new Date(items[0].parsed.x).toLocaleString()}}},
        },
    });
}

async function loadForecast() {
    const sku = state.sku;
    const warehouse = chartWarehouse();
    let forecast;
    try {
        forecast = await api('/api/v1/forecasts/' + encodeURIComponent(sku) + query({warehouse, horizonDays: 28}));
    } catch (error) {
        if (error.status === 404 || error.status === 400) {
            $('forecast-reorder').textContent = 'No forecast: ' + error.message;
            return;
        }
        throw error;
    }
    if (state.sku !== sku) {
        return;
    }
    const days = forecast.forecast || [];
    $('forecast-method').textContent = forecast.method ? '(' + forecast.method + ')' : '';
    const r = forecast.reorder;
    $('forecast-reorder').textContent = r
        ? `Suggested reorder point ${r.reorderPoint}, order quantity ${r.quantity}` +
          (r.daysOfCover !== null && r.daysOfCover !== undefined ? `, ${Number(r.daysOfCover).toFixed(1)} days of cover` : '')
        : '';
    upsertChart('forecast', 'forecast-chart', {
        type: 'line',
        data: {
            labels: days.map((d) => d.date),
            datasets: [
                {label: 'Upper', data: days.map((d) => d.upper), borderColor: 'rgba(36,89,201,.3)', pointRadius: 0,
                    backgroundColor: 'rgba(36,89,201,.15)', fill: '+1'},
                {label: 'Lower', data: days.map((d) => d.lower), borderColor: 'rgba(36,89,201,.3)', pointRadius: 0,
                    backgroundColor: 'rgba(36,89,201,.15)', fill: false},
                {label: 'Demand', data: days.map((d) => d.demand), borderColor: '#2459c9', backgroundColor: '#2459c9'},
            ],
        },
        options: {animation: false, maintainAspectRatio: false, scales: {y: {beginAtZero: true}}},
    });
}

/** A stock-level event on the SKU page: the warehouse row, the totals and the chart, then the movements. */
function applyLevelToSkuPage(event) {
    if (event.sku !== state.sku) {
        return;
    }
    const index = state.skuLevels.findIndex((l) => l.warehouse === event.warehouse);
    if (index < 0) {
        refresh(); // a new warehouse for this SKU
        return;
    }
    if (state.skuLevels[index].version >= event.version) {
        return;
    }
    state.skuLevels[index] = Object.assign({}, state.skuLevels[index], event, {updatedAt: event.occurredAt});
    renderSkuLevels(null);
    drawLevelChart();
    debounce('movements', () => loadMovements().catch(handleError), 300);
}

const timers = {};

function debounce(name, fn, ms) {
    clearTimeout(timers[name]);
    timers[name] = setTimeout(fn, ms);
}

// ---------------------------------------------------------------- live updates

/** Parses a text/event-stream incrementally: lines id:, event:, data:, retry:; a blank line ends an event. */
class SseParser {
    constructor(onEvent) {
        this.onEvent = onEvent;
        this.buffer = '';
        this.reset();
        this.lastEventId = null;
        this.retry = null;
    }

    reset() {
        this.type = '';
        this.data = [];
        this.id = null;
    }

    push(chunk) {
        this.buffer += chunk;
        let match;
        while ((match = /\r\n|\r|\n/.exec(this.buffer)) !== null) {
            // A lone \r at the very end may be the first half of \r\n: wait for more.
            if (match[0] === '\r' && match.index === this.buffer.length - 1) {
                break;
            }
            const line = this.buffer.slice(0, match.index);
            this.buffer = this.buffer.slice(match.index + match[0].length);
            this.line(line);
        }
    }

    line(line) {
        if (line === '') {
            if (this.id !== null) {
                this.lastEventId = this.id;
            }
            if (this.data.length) {
                this.onEvent({type: this.type || 'message', data: this.data.join('\n'), id: this.lastEventId});
            }
            this.reset();
            return;
        }
        if (line.startsWith(':')) {
            return; // a comment (heartbeat)
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) {
            value = value.slice(1);
        }
        if (field === 'data') {
            this.data.push(value);
        } else if (field === 'event') {
            this.type = value;
        } else if (field === 'id') {
            if (!value.includes('\0')) {
                this.id = value;
            }
        } else if (field === 'retry') {
            if (/^\d+$/.test(value)) {
                this.retry = Number(value);
            }
        }
    }
}

const live = {
    controller: null,
    lastEventId: null,
    filterKey: null,
    delivering: false,   // the stream has sent bytes since it was opened
    pollTimer: null,
    retryTimer: null,
    backoff: 1000,

    /** The stream's filter for the visible view. */
    filter() {
        if (state.view === 'sku') {
            return {sku: state.sku};
        }
        if (state.view === 'stock') {
            const f = stockFilters();
            const sku = f.search && /^[A-Za-z0-9._-]{1,64}$/.test(f.search) ? f.search : '';
            const shown = [...$('stock-table').tBodies[0].children].some((r) => r.dataset.sku === sku);
            return {warehouse: f.warehouse, sku: shown ? sku : ''};
        }
        return {};
    },

    restart() {
        const q = query(this.filter());
        if (q !== this.filterKey) {
            this.lastEventId = null; // another filter: start from now (the view was just loaded)
        }
        this.filterKey = q;
        this.stop();
        this.connect();
    },

    stop() {
        if (this.controller) {
            this.controller.abort();
            this.controller = null;
        }
        clearTimeout(this.retryTimer);
        this.setDelivering(false);
    },

    setDelivering(on) {
        this.delivering = on;
        const status = $('live-status');
        status.textContent = on ? 'live' : 'polling';
        status.className = 'live-status ' + (on ? 'live' : 'polling');
        if (on) {
            clearInterval(this.pollTimer);
            this.pollTimer = null;
        } else if (!this.pollTimer && apiKey()) {
            this.pollTimer = setInterval(() => {
                if (!document.hidden) {
                    refresh();
                }
            }, POLL_MS);
        }
    },

    async connect() {
        if (!apiKey()) {
            return;
        }
        const controller = new AbortController();
        this.controller = controller;
        const headers = {'X-Api-Key': apiKey(), 'Accept': 'text/event-stream'};
        if (this.lastEventId) {
            headers['Last-Event-ID'] = this.lastEventId;
        }
        let retryMs = null;
        try {
            const response = await fetch('/api/v1/stream' + this.filterKey, {headers, signal: controller.signal, cache: 'no-store'});
            if (response.status === 401) {
                logout('The API key was refused; sign in again.');
                return;
            }
            const type = response.headers.get('Content-Type') || '';
            if (!response.ok || !type.startsWith('text/event-stream') || !response.body) {
                // No stream here (404: not deployed; a proxy): poll, and look again in a minute.
                this.setDelivering(false);
                this.schedule(60000);
                return;
            }
            const parser = new SseParser((event) => this.dispatch(event));
            const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
            this.backoff = 1000;
            for (;;) {
                const {value, done} = await reader.read();
                if (done) {
                    break;
                }
                if (!this.delivering) {
                    this.setDelivering(true);
                    refresh(); // catch up with what happened while polling
                }
                parser.push(value);
                if (parser.lastEventId) {
                    this.lastEventId = parser.lastEventId;
                }
                retryMs = parser.retry;
            }
        } catch (error) {
            if (error.name === 'AbortError') {
                return;
            }
        }
        if (this.controller !== controller) {
            return;
        }
        // The stream ended or failed: poll meanwhile, reconnect with Last-Event-ID.
        this.setDelivering(false);
        this.schedule(retryMs || this.backoff);
        this.backoff = Math.min(this.backoff * 2, 30000);
    },

    schedule(ms) {
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.connect(), ms);
    },

    dispatch(event) {
        let data;
        try {
            data = JSON.parse(event.data);
        } catch (e) {
            return;
        }
        if (event.type === 'stock-level') {
            if (state.view === 'stock') {
                applyLevelToStockTable(data);
            } else if (state.view === 'sku') {
                applyLevelToSkuPage(data);
            }
        } else if (event.type === 'alert') {
            debounce('alerts', () => (state.view === 'alerts' ? loadAlerts() : loadAlertCount()).catch(handleError), 300);
        }
    },
};

// ---------------------------------------------------------------- wiring

document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', () => logout());
    $('stock-filters').addEventListener('submit', (event) => {
        event.preventDefault();
        state.page = 0;
        loadStock().then(() => live.restart()).catch(handleError);
    });
    for (const id of ['warehouse-filter', 'status-filter']) {
        $(id).addEventListener('change', () => {
            state.page = 0;
            loadStock().then(() => live.restart()).catch(handleError);
        });
    }
    $('prev-page').addEventListener('click', () => {
        state.page = Math.max(0, state.page - 1);
        loadStock().catch(handleError);
    });
    $('next-page').addEventListener('click', () => {
        state.page += 1;
        loadStock().catch(handleError);
    });
    $('chart-warehouse').addEventListener('change', () => {
        drawLevelChart();
        loadForecast().catch(handleError);
    });
    window.addEventListener('hashchange', route);
    if (apiKey()) {
        start();
    } else {
        showLogin();
    }
});
