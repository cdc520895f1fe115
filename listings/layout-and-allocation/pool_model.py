"""pymalloc in miniature: arenas of pools, pools of same-size blocks."""
from __future__ import annotations

ALIGNMENT, THRESHOLD = 16, 512        # 64-bit CPython 3.10 to 3.14
POOL_SIZE, ARENA_SIZE = 16 * 1024, 1024 * 1024
POOL_OVERHEAD = 48                    # sizeof(struct pool_header) on 64-bit
POOLS_PER_ARENA = ARENA_SIZE // POOL_SIZE


class Pool:
    """Blocks of one size class, carved off lazily and reused last-in first-out."""

    def __init__(self, arena: Arena, size_class: int) -> None:
        self.arena, self.size_class = arena, size_class
        self.block_size = (size_class + 1) * ALIGNMENT
        self.capacity = (POOL_SIZE - POOL_OVERHEAD) // self.block_size  # NUMBLOCKS
        self.count = 0            # blocks in use (ref.count)
        self.freeblock: list[int] = []   # freed blocks, most recent last
        self.nextoffset = 0       # first block never handed out yet

    def alloc(self) -> int:
        """Hand out the last freed block, else the next never-used one."""
        self.count += 1
        if self.freeblock:
            return self.freeblock.pop()
        self.nextoffset += 1
        return self.nextoffset - 1


class Arena:
    """A big chunk from the OS, cut into pools as they are needed."""

    def __init__(self) -> None:
        self.pools: list[Pool] = []   # pools carved so far
        self.empty: list[Pool] = []   # carved, now empty, reusable for any class

    def free_pools(self) -> int:
        return POOLS_PER_ARENA - len(self.pools) + len(self.empty)


class PyMalloc:
    """The allocator: a list of partly used pools per size class, and arenas."""

    def __init__(self) -> None:
        self.arenas: list[Arena] = []
        self.usedpools: dict[int, list[Pool]] = {}  # per class: pools with room

    def malloc(self, nbytes: int) -> tuple[Pool, int] | None:
        """Return (pool, block number), or None for a request pymalloc refuses."""
        if not 0 < nbytes <= THRESHOLD:
            return None                               # the system malloc's job
        idx = (nbytes - 1) // ALIGNMENT
        pools = self.usedpools.setdefault(idx, [])
        if not pools:
            pools.append(self._new_pool(idx))
        pool = pools[0]
        block = pool.alloc()
        if pool.count == pool.capacity:
            pools.remove(pool)                        # full pools are unlinked
        return pool, block

    def free(self, where: tuple[Pool, int]) -> None:
        """Give a block back to its pool; an empty pool goes back to its arena."""
        pool, block = where
        pools = self.usedpools[pool.size_class]
        if pool.count == pool.capacity:
            pools.insert(0, pool)                     # the front: reused next
        pool.count -= 1
        pool.freeblock.append(block)
        if pool.count == 0:                           # empty: back to its arena
            pools.remove(pool)
            pool.arena.empty.append(pool)
            if pool.arena.free_pools() == POOLS_PER_ARENA:
                self._release(pool.arena)

    def _release(self, arena: Arena) -> None:
        """Return a wholly free arena to the OS, but keep one spare (bpo-37257)."""
        spares = [a for a in self.arenas if a.free_pools() == POOLS_PER_ARENA]
        if len(spares) > 1:
            self.arenas.remove(arena)

    def _new_pool(self, idx: int) -> Pool:
        """Carve a pool for class idx from the most used arena that has room."""
        usable = [a for a in self.arenas if a.free_pools()]
        if not usable:
            self.arenas.append(Arena())
            usable = self.arenas[-1:]
        arena = min(usable, key=Arena.free_pools)    # the most used arena first
        if arena.empty:
            old = arena.empty.pop()
            arena.pools.remove(old)
        pool = Pool(arena, idx)
        arena.pools.append(pool)
        return pool
