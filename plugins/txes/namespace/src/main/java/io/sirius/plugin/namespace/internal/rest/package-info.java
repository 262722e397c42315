/**
 * The namespace REST routes, as js-xpx-chain-rest serves them and tsjs-xpx-chain-sdk reads them: {@code GET
 * /namespace/{namespaceId}}, {@code POST /namespace/names}, {@code GET /account/{accountId}/namespaces}, {@code POST
 * /account/namespaces}, {@code POST /account/names} and {@code POST /mosaic/names}. Ids are 16 hex digits, uint64
 * values {@code [lo, hi]}, keys and addresses inside JSON hex; bad input is 409 {@code InvalidArgument}, an unknown
 * namespace 404 {@code ResourceNotFound}. Each route answers from point lookups of the namespace cache and its
 * indexes; none scans the cache.
 *
 * <p>Request bodies are small JSON objects, read by {@link io.sirius.plugin.namespace.internal.rest.JsonReader} (the
 * plugin API hands routes the raw bytes, and a plugin bundle brings no JSON library of its own).
 */
package io.sirius.plugin.namespace.internal.rest;
