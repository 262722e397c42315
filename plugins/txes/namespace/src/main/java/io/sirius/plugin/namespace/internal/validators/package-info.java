/**
 * The namespace family's rules, one small validator per rule, and its result codes. Stateless ones need the
 * notification, the height and the namespace section; stateful ones also read the namespace cache (and the account
 * and mosaic caches for aliases). Lifetimes are compared with the context's height here, never with the cache's
 * expiry flag, which only readers without a height use.
 */
package io.sirius.plugin.namespace.internal.validators;
