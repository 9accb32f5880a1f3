using PoznanAsk.Answering.Service;

namespace PoznanAsk.Answering.Tests.Service;

public sealed class SnapshotCacheTests
{
    [Fact]
    public void GetOrAdd_SameKeyAndSnapshot_ComputesOnceAndReturnsTheSameValue()
    {
        var sut = new SnapshotCache<string, string>(capacity: 4);
        var snapshot = new object();
        var computed = 0;

        var first = sut.GetOrAdd(snapshot, "Czy Poznań należy do ZMP?", k => { computed++; return new string(k); });
        var second = sut.GetOrAdd(snapshot, "Czy Poznań należy do ZMP?", k => { computed++; return new string(k); });

        Assert.Same(first, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void GetOrAdd_AnotherSnapshot_ComputesAgain()
    {
        var sut = new SnapshotCache<string, string>(capacity: 4);
        var before = sut.GetOrAdd(new object(), "eurocities", k => "stary indeks");

        var after = sut.GetOrAdd(new object(), "eurocities", k => "nowy indeks");

        Assert.Equal("stary indeks", before);
        Assert.Equal("nowy indeks", after);
    }

    [Fact]
    public void GetOrAdd_ZeroCapacity_ComputesEveryTime()
    {
        var sut = new SnapshotCache<string, string>(capacity: 0);
        var snapshot = new object();
        var computed = 0;

        for (var i = 0; i < 3; i++)
        {
            sut.GetOrAdd(snapshot, "unia", k => { computed++; return k; });
        }

        Assert.False(sut.Enabled);
        Assert.Equal(3, computed);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 50)]
    [InlineData(16, 200)]
    public void GetOrAdd_ManyKeys_KeepsAtMostTwoGenerations(int capacity, int keys)
    {
        var sut = new SnapshotCache<int, string>(capacity);
        var snapshot = new object();
        for (var k = 0; k < keys; k++)
        {
            sut.GetOrAdd(snapshot, k, n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.InRange(sut.Count, capacity, 2 * capacity);
        Assert.Equal("policzone ponownie", sut.GetOrAdd(snapshot, 0, _ => "policzone ponownie"));
    }

    [Fact]
    public void GetOrAdd_KeyAskedAgainWhileFull_SurvivesRotation()
    {
        var sut = new SnapshotCache<string, string>(capacity: 2);
        var snapshot = new object();
        var hot = sut.GetOrAdd(snapshot, "związek miast polskich", k => new string(k));
        foreach (var cold in new[] { "eurocities", "unia metropolii", "oasc", "ecm", "mayors for peace" })
        {
            sut.GetOrAdd(snapshot, cold, k => k);
            Assert.Same(hot, sut.GetOrAdd(snapshot, "związek miast polskich", k => new string(k)));
        }
    }
}
