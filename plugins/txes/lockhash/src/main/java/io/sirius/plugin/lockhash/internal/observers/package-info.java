/** The hash lock family's state changes, each exact in rollback. */
package io.sirius.plugin.lockhash.internal.observers;
