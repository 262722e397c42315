/**
 * The multisig family's observers: the cosignatory modifications (both sides of each link) and then the minimums.
 * Registered in that order, as Sirius's, and undone in reverse; each leaves the cache byte for byte as it found it
 * when rolled back.
 */
package io.sirius.plugin.multisig.internal.observers;
