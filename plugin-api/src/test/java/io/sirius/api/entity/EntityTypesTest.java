package io.sirius.api.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityTypesTest {
    @Test
    void theFourAggregateTypesAndOnlyThemAreAggregates() {
        // Act and Assert
        for (int code : new int[] {0x4141, 0x4241, 0x4341, 0x4441}) {
            assertTrue(EntityTypes.isAggregate(new EntityType(code)), Integer.toHexString(code));
        }
        for (int code : new int[] {0x4541, 0x4154, 0x8141, 0x0041}) {
            assertFalse(EntityTypes.isAggregate(new EntityType(code)), Integer.toHexString(code));
        }
        assertTrue(EntityTypes.hasExtendedCosignatures(EntityTypes.AGGREGATE_BONDED_V2));
        assertFalse(EntityTypes.hasExtendedCosignatures(EntityTypes.AGGREGATE_BONDED));
    }

    @Test
    void typeCodesFollowTheFormula() {
        // Act and Assert
        assertEquals(EntityType.transaction(0x54, 1), EntityTypes.TRANSFER);
        assertEquals(EntityType.transaction(0x4E, 1), EntityTypes.REGISTER_NAMESPACE);
        assertEquals(EntityType.transaction(0x59, 1), EntityTypes.NETWORK_CONFIG);
        assertTrue(EntityTypes.isBlock(EntityTypes.NEMESIS_BLOCK));
        assertFalse(EntityTypes.isBlock(EntityTypes.TRANSFER));
    }
}
