/**
 * The namespace REST routes, as js-xpx-chain-rest serves them and tsjs-xpx-chain-sdk reads them: {@code GET
 * /namespace/{namespaceId}}, {@code POST /namespace/names}, {@code GET /account/{accountId}/namespaces}, {@code POST
 * /account/namespaces}, {@code POST /account/names} and {@code POST /mosaic/names}. Ids are 16 hex digits, uint64
 * values {@code [lo, hi]}, keys and addresses inside JSON hex; bad input is 409 {@code InvalidArgument}, an unknown
 * namespace 404 {@code ResourceNotFound}. Each route answers from point lookups of the namespace cache and its
 * indexes; none scans the cache.
 *
 * <p>Arguments and request bodies are read with the API's {@link io.sirius.api.rest.RouteArguments} and
 * {@link io.sirius.api.rest.RouteRequest#json()}; {@link io.sirius.plugin.namespace.internal.rest.NamespaceArguments}
 * adds what is the namespace routes' own.
 */
package io.sirius.plugin.namespace.internal.rest;
