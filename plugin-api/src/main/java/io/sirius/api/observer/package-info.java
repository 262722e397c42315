/**
 * Observers: the only code that changes state. Each takes one notification type and changes the
 * {@link io.sirius.api.state.StateDelta} in {@link io.sirius.api.observer.NotifyMode#COMMIT} mode, and undoes
 * exactly that change in {@link io.sirius.api.observer.NotifyMode#ROLLBACK} mode, so a block can be undone
 * during a fork switch.
 */
@Version("1.2.0")
package io.sirius.api.observer;

import org.osgi.annotation.versioning.Version;
