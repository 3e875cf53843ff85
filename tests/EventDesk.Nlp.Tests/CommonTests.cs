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

    [Theory]
    [InlineData(4, 0.5)]
    [InlineData(94, 0.04)]
    [InlineData(94, 0.3)]
    [InlineData(300, 0.05)]
    public void Frozen_weights_with_sparse_and_dense_rows_score_like_the_dense_sums(int width, double density)
    {
        // Mostly-zero rows are kept as entries, rows of 16 or more non-zero weights also dense: both
        // kinds, mixed in one call, must add up to the plain row sums, before and after a round trip.
        var rng = new Random(width);
        var keys = Enumerable.Range(0, 2000).Select(i => FeatureHash.F(5, (ulong)i)).ToArray();
        var weights = new short[keys.Length * width];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = rng.NextDouble() < density ? (short)rng.Next(-32000, 32000) : (short)0;
        }
        // Some rows dense whatever the density, one all zero.
        for (var c = 0; c < width; c++)
        {
            weights[(7 * width) + c] = (short)(c + 1);
            weights[(11 * width) + c] = 0;
        }
        var table = new FrozenWeights(width, 1, keys, weights);
        var again = RoundTrip(table.Write, FrozenWeights.Read);
        var probe = Enumerable.Range(0, 300).Select(_ => rng.Next(-200, keys.Length)).ToArray();
        probe[0] = 7;
        probe[1] = 11;
        var features = probe.Select(i => i < 0 ? FeatureHash.F(6, (ulong)-i) : keys[i]).ToArray();
        var expected = new int[width];
        foreach (var i in probe.Where(i => i >= 0))
        {
            for (var c = 0; c < width; c++)
            {
                expected[c] += weights[(i * width) + c];
            }
        }
        foreach (var t in new[] { table, again })
        {
            var scores = new int[width];
            t.Score(features, scores);
            Assert.Equal(expected, scores);
        }
        Assert.Equal(ModelFile.ToBytes("test", table.Write), ModelFile.ToBytes("test", again.Write));
    }

    [Fact]
    public void Frozen_weights_in_the_column_major_layout_still_load()
    {
        // Sorted, gap-coded keys and dense column-major weights: how tables were written before the sparse rows.
        const int width = 20;
        var keys = Enumerable.Range(0, 5).Select(i => FeatureHash.F(2, (ulong)i)).OrderBy(k => k & ((1UL << 48) - 1)).ToArray();
        var rowMajor = Enumerable.Range(0, keys.Length * width).Select(i => (short)(i % 3 == 0 ? i : 0)).ToArray();
        var bytes = ModelFile.ToBytes("test", w =>
        {
            w.Write(-0x4B455932);
            w.Write(width);
            w.Write(0.5f);
            w.Write(keys.Length);
            SortedKeyGaps.Write(w, keys, keys.Length, (1UL << 48) - 1);
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
        table.Score([keys[1], keys[4]], scores);
        Assert.Equal(Enumerable.Range(0, width).Select(c => rowMajor[width + c] + rowMajor[(4 * width) + c]), scores);
    }

    [Fact]
    public void Model_files_of_the_first_container_format_still_load()
    {
        // Format 1 checksummed the payload with FNV-1a; format 2 with XXH3. A file of each reads back.
        var current = ModelFile.ToBytes("test", w => w.Write("payload"));
        // Header: magic (8), version (4), kind ("test": 1 + 4), payload length (8), checksum (8), payload.
        const int lengthAt = 8 + 4 + 5;
        const int checksumAt = lengthAt + 8;
        var first = (byte[])current.Clone();
        BitConverter.GetBytes(1).CopyTo(first, 8);
        var payload = first.AsSpan(checksumAt + 8);
        Assert.Equal(payload.Length, BitConverter.ToInt64(first, lengthAt));
        BitConverter.GetBytes(ModelFile.Fnv1aChecksum(payload)).CopyTo(first, checksumAt);
        Assert.Equal("payload", ModelFile.FromBytes(current, "memory", "test", r => r.ReadString()));
        Assert.Equal("payload", ModelFile.FromBytes(first, "memory", "test", r => r.ReadString()));
        // A format-1 header with a format-2 checksum is corrupt.
        BitConverter.GetBytes(1).CopyTo(current, 8);
        Assert.Throws<ModelFormatException>(() => ModelFile.FromBytes(current, "memory", "test", r => r.ReadString()));
    }

    [Fact]
    public void Model_payloads_that_do_not_compress_are_stored()
    {
        var rng = new Random(3);
        var noise = new byte[100_000];
        rng.NextBytes(noise);
        var stored = ModelFile.ToBytes("test", w => w.Write(noise));
        var zeros = ModelFile.ToBytes("test", w => w.Write(new byte[100_000]));
        Assert.InRange(stored.Length, 100_000, 101_000);
        Assert.True(zeros.Length < 2_000);
        Assert.Equal(noise, ModelFile.FromBytes(stored, "memory", "test", r => r.ReadBytes(100_000)));
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
