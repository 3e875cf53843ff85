using EventDesk.Nlp.Common;
using Xunit;

namespace EventDesk.Nlp.Tests;

public class CommonTests
{
    private static T RoundTrip<T>(Action<BinaryWriter> write, Func<BinaryReader, T> read)
    {
        var bytes = ModelFile.ToBytes("test", write);
        return ModelFile.FromBytes(bytes, "memory", "test", read);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(37)]
    public void Frozen_weights_score_the_same_after_a_round_trip(int width)
    {
        var rng = new Random(7);
        var keys = Enumerable.Range(0, 500).Select(i => FeatureHash.F(3, (ulong)i)).ToArray();
        var weights = Enumerable.Range(0, keys.Length * width).Select(_ => (short)rng.Next(-30000, 30000)).ToArray();
        var table = new FrozenWeights(width, 0.5f, keys, weights);
        var again = RoundTrip(table.Write, FrozenWeights.Read);
        Assert.Equal(500, again.Rows);
        ulong[] probe = [keys[3], FeatureHash.F(9, 1), keys[499], keys[3]];
        var expected = new int[width];
        foreach (var row in new[] { 3, 499, 3 })
        {
            for (var c = 0; c < width; c++)
            {
                expected[c] += weights[(row * width) + c];
            }
        }
        var a = new int[width];
        var b = new int[width];
        table.Score(probe, a);
        again.Score(probe, b);
        Assert.Equal(expected, a);
        Assert.Equal(expected, b);
    }

    [Fact]
    public void Frozen_weights_in_the_first_file_layout_still_load()
    {
        // Width first, raw 64-bit keys in row order, weights column-major: how files were written before
        // the sorted, gap-coded keys.
        const int width = 3;
        ulong[] keys = [FeatureHash.F(1, 10), FeatureHash.F(1, 11), FeatureHash.F(2, 12)];
        short[] rowMajor = [1, 2, 3, -4, -5, -6, 700, 800, 900];
        var bytes = ModelFile.ToBytes("test", w =>
        {
            w.Write(width);
            w.Write(0.25f);
            w.Write(keys.Length);
            foreach (var k in keys)
            {
                w.Write(k);
            }
            for (var c = 0; c < width; c++)
            {
                for (var r = 0; r < keys.Length; r++)
                {
                    w.Write(rowMajor[(r * width) + c]);
                }
            }
        });
        var table = ModelFile.FromBytes(bytes, "memory", "test", FrozenWeights.Read);
        var scores = new int[width];
        table.Score([keys[1], keys[2], FeatureHash.F(3, 1)], scores);
        Assert.Equal([696, 795, 894], scores);
        // Rewritten in the current layout it scores the same, and writing it again gives the same bytes.
        var current = ModelFile.ToBytes("test", table.Write);
        var again = ModelFile.FromBytes(current, "memory", "test", FrozenWeights.Read);
        var scores2 = new int[width];
        again.Score([keys[1], keys[2], FeatureHash.F(3, 1)], scores2);
        Assert.Equal(scores, scores2);
        Assert.Equal(current, ModelFile.ToBytes("test", again.Write));
    }

    [Fact]
    public void Frozen_weights_keys_that_share_their_stored_bits_keep_the_first_row()
    {
        // Keys are stored as their low 48 bits: two features that differ only above them share a slot.
        var a = FeatureHash.F(1, 1);
        var b = a ^ (1UL << 60);
        var table = new FrozenWeights(2, 1, [a, b], [5, 6, 70, 80]);
        var again = RoundTrip(table.Write, FrozenWeights.Read);
        foreach (var t in new[] { table, again })
        {
            var scores = new int[2];
            t.Score([b], scores);
            Assert.Equal([5, 6], scores);
        }
    }

    [Fact]
    public void Frozen_weights_with_malformed_key_gaps_are_rejected()
    {
        var table = new FrozenWeights(2, 1, [FeatureHash.F(1, 1), FeatureHash.F(1, 2)], [1, 2, 3, 4]);
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            table.Write(w);
        }
        var bytes = payload.ToArray();
        // marker, width, scale, rows, gap byte count: the gaps start at byte 20; make the first gap run on forever.
        for (var i = 20; i < 29; i++)
        {
            bytes[i] = 0xFF;
        }
        using var r = new BinaryReader(new MemoryStream(bytes));
        Assert.Throws<InvalidDataException>(() => FrozenWeights.Read(r));
    }

    [Fact]
    public void Hash_map_finds_every_key_after_a_round_trip()
    {
        var pairs = Enumerable.Range(1, 1000).Select(i => new KeyValuePair<ulong, uint>(FeatureHash.F(1, (ulong)i), (uint)i)).ToArray();
        var map = RoundTrip(HashMap64<uint>.Build(pairs).Write, HashMap64<uint>.Read);
        Assert.Equal(1000, map.Count);
        foreach (var (k, v) in pairs)
        {
            Assert.True(map.TryGetValue(k, out var got));
            Assert.Equal(v, got);
        }
        Assert.False(map.ContainsKey(FeatureHash.F(2, 5)));
    }

    [Fact]
    public void Hash_map_builder_merges_values_in_place_and_grows()
    {
        var builder = new HashMap64<byte>.Builder(expected: 2);
        for (var i = 1; i <= 1000; i++)
        {
            builder.Slot(FeatureHash.F(1, (ulong)i)) |= 1;
            builder.Slot(FeatureHash.F(1, (ulong)(i % 10 + 1))) |= 2;
        }
        var map = builder.ToMap();
        Assert.Equal(1000, map.Count);
        Assert.True(map.TryGetValue(FeatureHash.F(1, 5), out var merged));
        Assert.Equal(3, merged);
        Assert.True(map.TryGetValue(FeatureHash.F(1, 500), out var single));
        Assert.Equal(1, single);
        Assert.False(map.ContainsKey(FeatureHash.F(2, 5)));
    }

    [Fact]
    public void Words_in_the_same_contexts_share_a_cluster_prefix()
    {
        var text = new List<IReadOnlyList<string>>();
        string[] nouns = ["minister", "president", "general", "envoy"];
        string[] verbs = ["visited", "attacked", "praised", "criticised"];
        foreach (var n in nouns)
        {
            foreach (var v in verbs)
            {
                text.Add(["the", n, v, "the", "city", "."]);
                text.Add(["a", n, "has", v, "them", "."]);
            }
        }
        var clusters = WordClusters.Build(text, new WordClusterOptions { MinSplit = 2, ContextWords = 20 });
        uint Path(string w) => clusters.TryGetPath(FeatureHash.OfNormalized(w), out var p) ? p : 0;
        static uint Top(uint p) => p >> (31 - System.Numerics.BitOperations.LeadingZeroCount(p) - 1);
        Assert.Equal(Top(Path("minister")), Top(Path("envoy")));
        Assert.Equal(Top(Path("visited")), Top(Path("praised")));
        Assert.NotEqual(Path("minister"), Path("visited"));
        var words = new WordInfo[2];
        WordInfo.Fill("Minister", ref words[0]);
        WordInfo.Fill("zzz", ref words[1]);
        clusters.Fill(words);
        Assert.NotEqual(words[0].C4, words[1].C4);
    }
}
