// A small HTTP proxy on 127.0.0.1 between the bot and the local wiki that breaks chosen requests
// the ways real wikis do: maxlag, 503, a dropped answer (after the wiki did the work), an answer
// cut halfway, a connection reset before the wiki saw the request, a slow answer, a lost session
// (cookies stripped, so the wiki itself answers assertuserfailed), and `ratelimited`. It only ever talks to the local wiki, and each fault is bounded in count. With no
// fault planned it just counts requests by kind (the scale benchmark's request figures).
import {
	createServer,
	request as httpRequest,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
	| 'maxlag'
	| '503'
	| 'drop'
	| 'cut'
	| 'reset'
	| 'slow'
	| 'session'
	| 'ratelimited';

export interface FaultPlan {
	fault: Fault;
	/** Which requests: every request, or only edits. */
	on: 'any' | 'edit';
	/** How many matching requests to break; Infinity for a wiki that never recovers. A lost session spares logins, so the bot can always log in again. */
	times: number;
}

export interface FaultProxy {
	apiUrl: string;
	/** Faults injected so far. */
	injected: number;
	/** Requests passed since the last `resetCounts`, in all and by kind (`edit`, `query`, `login`, …). */
	requests: { all: number; byKind: Record<string, number> };
	resetCounts(): void;
	plan(next: FaultPlan | null): void;
	close(): Promise<void>;
}

function apiError(
	response: ServerResponse,
	code: string,
	info: string,
	headers: Record<string, string> = {},
): void {
	response.writeHead(200, { 'Content-Type': 'application/json', ...headers });
	response.end(
		JSON.stringify({
			error: { code, info, ...(code === 'maxlag' ? { lag: 7 } : {}) },
		}),
	);
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
	const upstream = new URL(target);
	let current: FaultPlan | null = null;
	let remaining = 0;
	const state = {
		injected: 0,
		requests: { all: 0, byKind: {} as Record<string, number> },
	};

	function forward(
		incoming: IncomingMessage,
		body: Buffer,
		headers: Record<string, string | string[] | undefined>,
		onAnswer: (answer: IncomingMessage, data: Buffer) => void,
	): void {
		const outgoing = httpRequest(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: incoming.method,
				path: incoming.url,
				headers: { ...headers, host: upstream.host },
			},
			(answer) => {
				const chunks: Buffer[] = [];
				answer.on('data', (c: Buffer) => chunks.push(c));
				answer.on('end', () => onAnswer(answer, Buffer.concat(chunks)));
			},
		);
		outgoing.end(body);
	}

	const server: Server = createServer((incoming, response) => {
		const chunks: Buffer[] = [];
		incoming.on('data', (c: Buffer) => chunks.push(c));
		incoming.on('end', () => {
			const body = Buffer.concat(chunks);
			const text = `${incoming.url ?? ''} ${body.toString('utf8')}`;
			const isEdit = /(?:^|[?&\s])action=edit(?:&|$)/.test(text);
			const isLogin = /action=login|type=login/.test(text);
			// A parameter from the query string, a form body, or a multipart body (mwn's long posts).
			const field = (names: string) =>
				new RegExp(
					`(?:^|[?&\\s])(?:${names})=([a-z]+)|name="(?:${names})"\\r\\n\\r\\n([a-z]+)`,
				)
					.exec(text)
					?.slice(1)
					.find(Boolean);
			const action = isLogin ? 'login' : (field('action') ?? 'other');
			const what = action === 'query' ? field('prop|list|meta') : undefined;
			const kind = what ? `${action}:${what}` : action;
			state.requests.all += 1;
			state.requests.byKind[kind] = (state.requests.byKind[kind] ?? 0) + 1;
			const matches =
				current !== null &&
				remaining > 0 &&
				(current.on === 'any' || isEdit) &&
				(current.fault !== 'session' || !isLogin);
			const fault = matches ? current?.fault : undefined;
			if (fault) {
				remaining -= 1;
				state.injected += 1;
			}
			const pass = (headers = incoming.headers) =>
				forward(incoming, body, headers, (answer, data) => {
					response.writeHead(answer.statusCode ?? 502, answer.headers);
					response.end(data);
				});
			switch (fault) {
				case 'maxlag':
					return apiError(
						response,
						'maxlag',
						'Waiting for 10.0.0.1: 7 seconds lagged.',
						{ 'Retry-After': '1' },
					);
				case 'ratelimited':
					return apiError(
						response,
						'ratelimited',
						'As an anti-abuse measure, you are limited from performing this action too many times in a short space of time.',
					);
				case '503':
					response.writeHead(503, {
						'Content-Type': 'text/plain',
						'Retry-After': '1',
					});
					return response.end('Service Temporarily Unavailable');
				case 'drop':
					// The wiki does the work; the answer never arrives.
					return forward(incoming, body, incoming.headers, () =>
						response.socket?.destroy(),
					);
				case 'cut':
					// The wiki does the work; half of its answer arrives, then the connection ends.
					return forward(incoming, body, incoming.headers, (answer, data) => {
						response.writeHead(answer.statusCode ?? 200, {
							...answer.headers,
							'content-length': String(data.length),
						});
						response.write(data.subarray(0, Math.floor(data.length / 2)), () =>
							response.socket?.destroy(),
						);
					});
				case 'reset':
					return response.socket?.destroy();
				case 'slow':
					return setTimeout(() => pass(), 3000);
				case 'session': {
					const headers = { ...incoming.headers };
					delete headers.cookie;
					return pass(headers);
				}
				default:
					return pass();
			}
		});
	});
	await new Promise<void>((resolve) => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	return {
		apiUrl: `http://127.0.0.1:${port}${upstream.pathname}`,
		get injected() {
			return state.injected;
		},
		get requests() {
			return state.requests;
		},
		resetCounts() {
			state.requests = { all: 0, byKind: {} };
		},
		plan(next) {
			current = next;
			remaining = next?.times ?? 0;
			if (next) state.injected = 0;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
