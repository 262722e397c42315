/** The secret lock family's state changes, each exact in rollback. */
package io.sirius.plugin.locksecret.internal.observers;
