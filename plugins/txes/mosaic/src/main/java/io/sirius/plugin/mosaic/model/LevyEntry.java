package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the levy cache (Sirius's {@code LevyEntry}): the levy in force on a mosaic, if any, and the history
 * of its changes, newest last. Immutable: changes return a new entry.
 *
 * <p>The history is what makes rollback exact: a change pushes the levy it replaces, and its rollback pops it.
 * Unlike Sirius, the history is not pruned after {@code maxRollbackBlocks}: pruning cannot be undone, so a rolled
 * back block would not give back the state it started from. It grows by one item per levy change of the mosaic, each
 * a fee-paying transaction signed by the owner.
 *
 * @param mosaicId the levied mosaic
 * @param levy the levy in force, or empty after a removal
 * @param history earlier levies, oldest first
 */
public record LevyEntry(MosaicId mosaicId, Optional<MosaicLevy> levy, List<LevyHistoryItem> history) {

    /** Checks and copies the arguments. */
    public LevyEntry {
        Objects.requireNonNull(mosaicId, "mosaicId");
        Objects.requireNonNull(levy, "levy");
        history = List.copyOf(history);
    }

    /**
     * @param mosaicId the mosaic
     * @param levy its first levy
     * @return an entry with no history
     */
    public static LevyEntry of(MosaicId mosaicId, MosaicLevy levy) {
        return new LevyEntry(mosaicId, Optional.of(levy), List.of());
    }

    /**
     * @param newLevy the levy from now on
     * @param at the height of the change
     * @return the entry with {@code newLevy} in force and the current one pushed onto the history
     */
    public LevyEntry update(MosaicLevy newLevy, Height at) {
        return new LevyEntry(mosaicId, Optional.of(newLevy), pushed(at));
    }

    /**
     * @param at the height of the removal
     * @return the entry with no levy in force and the current one pushed onto the history
     * @throws IllegalStateException if no levy is in force
     */
    public LevyEntry remove(Height at) {
        if (levy.isEmpty()) {
            throw new IllegalStateException("mosaic " + mosaicId + " has no levy to remove");
        }
        return new LevyEntry(mosaicId, Optional.empty(), pushed(at));
    }

    /**
     * @return the entry as it was before its last change
     * @throws IllegalStateException if there is no history
     */
    public LevyEntry undo() {
        if (history.isEmpty()) {
            throw new IllegalStateException("mosaic " + mosaicId + " has no levy change to undo");
        }
        LevyHistoryItem last = history.get(history.size() - 1);
        return new LevyEntry(mosaicId, last.previous(), history.subList(0, history.size() - 1));
    }

    /** @return whether there is a change to undo */
    public boolean hasHistory() {
        return !history.isEmpty();
    }

    private List<LevyHistoryItem> pushed(Height at) {
        List<LevyHistoryItem> out = new ArrayList<>(history.size() + 1);
        out.addAll(history);
        out.add(new LevyHistoryItem(at, levy));
        return out;
    }
}
