package io.sirius.plugin.namespace.internal.observers;

import io.sirius.api.observer.NotifyMode;
import io.sirius.plugin.namespace.model.AliasAction;
import java.util.Optional;

/**
 * Whether an alias notification, in a mode, sets the alias or clears it: a link sets it on COMMIT and clears it on
 * ROLLBACK, an unlink the other way round (the unlink validators made sure the alias it names is the one there, so
 * ROLLBACK can put it back from the notification).
 */
final class AliasChange {

    private AliasChange() {
    }

    /**
     * @param action the notification's action (validated: present)
     * @param mode commit or rollback
     * @return whether the alias is set (else cleared)
     */
    static boolean sets(Optional<AliasAction> action, NotifyMode mode) {
        boolean link = action.orElseThrow(() -> new IllegalStateException("an unknown alias action reached an observer"))
                == AliasAction.LINK;
        return link == (mode == NotifyMode.COMMIT);
    }
}
