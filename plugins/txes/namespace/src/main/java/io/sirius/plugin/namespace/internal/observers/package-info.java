/**
 * The namespace family's state changes, one observer per effect, each undoing exactly its change in ROLLBACK mode.
 *
 * <p>A root registration has five effects, registered in this order: the root row itself
 * ({@link io.sirius.plugin.namespace.internal.observers.RootNamespaceObserver}), then, reading the root it left, the
 * child rows and alias index entries a takeover retires, the owner index and the expiry schedule. The kernel observes
 * a notification's observers in registration order on COMMIT and in reverse order on ROLLBACK, so each of the later
 * four always sees the root as the registration left it, and can tell from its last history term what the
 * registration did: no history is a new root, a term with retired holdings is a takeover by another account, any
 * other term a registration by the same owner.
 */
package io.sirius.plugin.namespace.internal.observers;
