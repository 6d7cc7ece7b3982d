/** A discreet placeholder while a page's server data loads. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-page px-4 py-10 sm:px-6 sm:py-14 lg:px-8">
      <div role="status" className="animate-pulse motion-reduce:animate-none">
        <span className="sr-only">Loading…</span>
        <div aria-hidden="true">
          <div className="h-8 w-2/3 max-w-md rounded-ui bg-slate-200" />
          <div className="mt-4 h-4 w-full max-w-2xl rounded-ui bg-slate-100" />
          <div className="mt-2 h-4 w-5/6 max-w-xl rounded-ui bg-slate-100" />
          <div className="mt-10 grid gap-4 md:grid-cols-3">
            <div className="h-28 rounded-card bg-slate-100" />
            <div className="h-28 rounded-card bg-slate-100" />
            <div className="h-28 rounded-card bg-slate-100" />
          </div>
        </div>
      </div>
    </div>
  )
}
