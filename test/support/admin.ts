/** @module Admin API requests for tests: a bearer token, an optional JSON body, the parsed answer. */
import type { Hono } from 'hono';

export interface AdminAnswer {
  status: number;
  body: any;
  headers: Headers;
}

/** Sends one admin request; `token` null sends no Authorization header. */
export async function adminRequest(app: Hono, method: string, path: string, token: string | null, body?: unknown): Promise<AdminAnswer> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(`/api/v1/admin${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** A client bound to one app and token: `admin.post('/scams', {...})`. */
export function adminClient(app: Hono, token: string | null) {
  return {
    get: (path: string) => adminRequest(app, 'GET', path, token),
    post: (path: string, body?: unknown) => adminRequest(app, 'POST', path, token, body ?? {}),
    patch: (path: string, body: unknown) => adminRequest(app, 'PATCH', path, token, body),
    delete: (path: string, body?: unknown) => adminRequest(app, 'DELETE', path, token, body ?? {}),
  };
}
