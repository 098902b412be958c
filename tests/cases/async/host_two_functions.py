# Different host functions awaited concurrently, their results combined.
import asyncio


async def profile(uid):
    user, posts = await asyncio.gather(get_user(uid), get_posts(uid, limit=2))
    return {"user": user, "posts": posts}


async def main():
    both = await asyncio.gather(profile(1), profile(2))
    for p in both:
        print(p)


asyncio.run(main())
# async host: get_user -> "ann"
# async host: get_posts -> ["p1", "p2"]
# expect: {'user': 'ann', 'posts': ['p1', 'p2']}
# expect: {'user': 'ann', 'posts': ['p1', 'p2']}
