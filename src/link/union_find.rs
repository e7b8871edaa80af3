//! Disjoint sets over `0..n`: the one union-find every kind of link (entities, quote groups, claim
//! groups) builds its groups with. The smaller index is always the root, so a group's root is its
//! first member and the result never depends on the order of the unions.

/// Disjoint sets of `0..n`, each named by its smallest member.
#[derive(Debug, Clone)]
pub struct UnionFind(Vec<usize>);

impl UnionFind {
    /// `n` sets of one member each.
    pub fn new(n: usize) -> UnionFind {
        UnionFind((0..n).collect())
    }

    /// The smallest member of `x`'s set (with path halving).
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnionFind;

    #[test]
    fn the_root_is_the_smallest_member_whatever_the_order() {
        let mut uf = UnionFind::new(5);
        uf.union(4, 2);
        uf.union(2, 3);
        assert_eq!(uf.find(4), 2);
        uf.union(3, 0);
        assert_eq!((uf.find(4), uf.find(2), uf.find(1)), (0, 0, 1));
    }
}
